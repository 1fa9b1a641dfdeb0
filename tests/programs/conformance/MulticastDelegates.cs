// Self-checking: multicast invocation order, return value of the last target, removal semantics,
// equality of delegates, and exceptions stopping the invocation list.
using System;
using System.Text;

class MulticastDelegates
{
    static int failures;
    static StringBuilder log = new StringBuilder();

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Take() { string s = log.ToString(); log.Length = 0; return s; }

    static void A() { log.Append("A"); }
    static void B() { log.Append("B"); }
    static void C() { log.Append("C"); }
    static int One() { log.Append("1"); return 1; }
    static int Two() { log.Append("2"); return 2; }

    class Counter
    {
        public int N;
        public string Name;
        public void Hit() { N++; log.Append(Name); }
    }

    static int Main()
    {
        Action abc = A;
        abc += B;
        abc += C;
        abc();
        Check("order", Take(), "ABC");

        Action twice = abc + abc;
        twice();
        Check("combined lists", Take(), "ABCABC");

        Action removed = twice - (Action)B;
        removed();
        Check("removes last occurrence", Take(), "ABCAC");

        Action sub = (Action)A + B;
        Action removedSeq = twice - sub;
        removedSeq();
        Check("removes last matching subsequence", Take(), "ABCC");

        Action notSub = (Action)B + A;
        Action unchanged = abc - notSub;
        unchanged();
        Check("non-contiguous not removed", Take(), "ABC");

        Action none = abc - abc;
        Check("remove all gives null", (none == null).ToString(), "True");
        Action fromNull = null;
        fromNull += A;
        fromNull();
        Check("add to null", Take(), "A");
        fromNull -= A;
        Check("remove to null", (fromNull == null).ToString(), "True");
        fromNull -= A;
        Check("remove from null", (fromNull == null).ToString(), "True");

        Func<int> nums = One;
        nums += Two;
        nums += One;
        int last = nums();
        Check("last return value", last.ToString(), "1");
        Check("all invoked", Take(), "121");

        // GetInvocationList
        Delegate[] list = nums.GetInvocationList();
        Check("invocation list length", list.Length.ToString(), "3");
        int sum = 0;
        foreach (Func<int> f in list) sum += f();
        Check("sum of list", sum.ToString(), "4");
        Take();

        // instance targets
        var x = new Counter { Name = "x" };
        var y = new Counter { Name = "y" };
        Action hits = x.Hit;
        hits += y.Hit;
        hits += x.Hit;
        hits();
        Check("instance order", Take(), "xyx");
        Check("x hit twice", x.N.ToString(), "2");
        hits -= x.Hit;
        hits();
        Check("instance removal by target", Take(), "xy");

        // equality
        Action a1 = A, a2 = A;
        Check("same static method equal", (a1 == a2).ToString(), "True");
        Check("Equals", a1.Equals(a2).ToString(), "True");
        Action xh1 = x.Hit, xh2 = x.Hit, yh = y.Hit;
        Check("same target equal", (xh1 == xh2).ToString(), "True");
        Check("different target", (xh1 == yh).ToString(), "False");
        Check("multicast equal", (((Action)A + B) == ((Action)A + B)).ToString(), "True");
        Check("order matters", (((Action)A + B) == ((Action)B + A)).ToString(), "False");

        // an exception stops the remaining targets
        Action failing = A;
        failing += () => { log.Append("!"); throw new InvalidOperationException(); };
        failing += C;
        try { failing(); } catch (InvalidOperationException) { log.Append("caught"); }
        Check("exception stops list", Take(), "A!caught");

        // delegates are immutable: combining makes a new one
        Action original = A;
        Action alias = original;
        original += B;
        alias();
        Check("alias unaffected", Take(), "A");

        // Target and Method identity
        Check("static Target is null", (a1.Target == null).ToString(), "True");
        Check("instance Target", ReferenceEquals(xh1.Target, x).ToString(), "True");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
