// GCHandle of the weak types: the target is readable while something else keeps it, the handle reads null once the
// target was collected, Target can be set again, and Normal handles keep theirs alive.
using System;
using System.Runtime.InteropServices;

class Node
{
    public int Id;
    public byte[] Bulk = new byte[512];
    public Node(int id) { Id = id; }
}

static class WeakHandles
{
    const int N = 200;
    static GCHandle[] weak = new GCHandle[N];
    static GCHandle[] normal = new GCHandle[N];
    static Node[] strong = new Node[N];

    static void Fill()
    {
        for (int i = 0; i < N; i++)
        {
            Node n = new Node(i);
            weak[i] = GCHandle.Alloc(n, i % 4 == 0 ? GCHandleType.WeakTrackResurrection : GCHandleType.Weak);
            if (i % 2 == 0) strong[i] = n;
            normal[i] = GCHandle.Alloc(new Node(i));
        }
    }

    static void Main()
    {
        Fill();
        GC.Collect();
        int kept = 0, cleared = 0, normalKept = 0;
        for (int i = 0; i < N; i++)
        {
            object target = weak[i].Target;
            if (i % 2 == 0 && target == strong[i]) kept++;
            if (i % 2 == 1 && target == null) cleared++;
            if (((Node)normal[i].Target).Id == i) normalKept++;
        }
        Console.WriteLine("weak handles of reachable targets: " + (kept == N / 2));
        Console.WriteLine("weak handles of unreachable targets cleared: " + (cleared > N / 2 - 5));
        Console.WriteLine("normal handles keep their targets: " + (normalKept == N));
        Node again = new Node(-1);
        weak[1].Target = again;
        Console.WriteLine("set again: " + (weak[1].Target == again) + " " + weak[1].IsAllocated);
        weak[1].Free();
        Console.WriteLine("freed: " + weak[1].IsAllocated);
        GC.KeepAlive(again);
        GC.KeepAlive(strong);
    }
}
