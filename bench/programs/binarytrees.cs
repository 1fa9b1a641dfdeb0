using System;

// binary-trees: allocate and walk many complete binary trees of varying depth (an allocator and GC benchmark).
class BinaryTrees
{
    sealed class Node
    {
        public Node Left, Right;
        public Node(Node left, Node right) { Left = left; Right = right; }

        public int Check() { return Left == null ? 1 : 1 + Left.Check() + Right.Check(); }
    }

    static Node Build(int depth)
    {
        return depth == 0 ? new Node(null, null) : new Node(Build(depth - 1), Build(depth - 1));
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10;
        int maxDepth = Math.Max(6, n);
        int stretch = maxDepth + 1;
        Console.WriteLine("stretch tree of depth " + stretch + "\t check: " + Build(stretch).Check());
        Node longLived = Build(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2)
        {
            int iterations = 1 << (maxDepth - depth + 4);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += Build(depth).Check();
            Console.WriteLine(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + longLived.Check());
    }
}
