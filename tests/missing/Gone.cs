// An assembly the program is compiled against but run without.
public class Gone { }
