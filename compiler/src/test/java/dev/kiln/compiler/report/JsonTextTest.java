package dev.kiln.compiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void quotesAndEscapesLikeJson() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\"", JsonText.string("a\"b\\c\nd\te\u0001"));
    }

    @Test
    void textCannotEndTheScriptElementOrOpenAComment() {
        assertEquals("\"x\\u003c/script>\\u003c!--\"", JsonText.string("x</script><!--"));
        assertEquals("\"List`1<System.Int32>\"", JsonText.string("List`1<System.Int32>"));
    }

    @Test
    void loneSurrogatesAndLineSeparatorsAreEscapedButPairsAreKept() {
        assertEquals("\"\\ud800x\\udc00\"", JsonText.string("\ud800x\udc00"));
        assertEquals("\"\ud83d\ude00\"", JsonText.string("\ud83d\ude00"));
        assertEquals("\"\\u2028\\u2029\"", JsonText.string("\u2028\u2029"));
    }
}
