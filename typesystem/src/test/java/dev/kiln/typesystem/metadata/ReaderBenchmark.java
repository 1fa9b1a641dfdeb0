package dev.kiln.typesystem.metadata;

import dev.kiln.typesystem.AssemblyResolver;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.GenericContext;
import dev.kiln.typesystem.TypeSystem;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads all of an assembly (every row, signature and method body) and resolves every TypeRef and MemberRef,
 * repeatedly, printing the median time. Run by bench/reader-vs-monodis.sh next to monodis on the same file.
 */
public final class ReaderBenchmark {
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "/usr/lib/mono/4.5/mscorlib.dll");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        long[] times = new long[runs];
        long bodies = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            MetadataFile md = MetadataFile.open(file);
            bodies = MetadataWalker.walk(md);
            TypeSystem ts = TypeSystem.forCoreLibrary(md, new AssemblyResolver().addDirectory(file.getParent()));
            EcmaModule m = ts.coreLibraryModule();
            for (int rid = 1; rid <= md.rowCount(TableId.TypeRef); rid++) {
                m.resolveType(Tokens.make(TableId.TypeRef, rid), GenericContext.NONE);
            }
            for (int rid = 1; rid <= md.rowCount(TableId.MemberRef); rid++) {
                int token = Tokens.make(TableId.MemberRef, rid);
                byte[] sig = md.blobBytes(md.memberRef(rid).signature());
                if ((sig[0] & 0x0F) == 0x06) {
                    m.resolveField(token, GenericContext.NONE);
                } else {
                    m.resolveMethod(token, GenericContext.NONE);
                }
            }
            times[i] = System.nanoTime() - start;
        }
        long first = times[0];
        Arrays.sort(times);
        System.out.printf("kiln reader: %s, %d method bodies: first run %.1f ms, median of %d runs %.1f ms%n",
                file.getFileName(), bodies, first / 1e6, runs, times[runs / 2] / 1e6);
    }
}
