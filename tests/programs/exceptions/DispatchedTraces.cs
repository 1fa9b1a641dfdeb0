// An exception thrown again elsewhere keeps the frames of where it was first thrown: `throw;`, an
// ExceptionDispatchInfo thrown in another method (with .NET's boundary line between the legs), an exception that
// travelled through awaits (also after a real suspension, resumed on the pool), and one from Task.Run. `throw e;`
// starts a new trace. The checks look for method names and the boundary's words, which Mono and .NET share.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

class DispatchedTraces {
  [MethodImpl(MethodImplOptions.NoInlining)]
  static void Thrower(int x) { throw new InvalidOperationException("boom " + x); }

  [MethodImpl(MethodImplOptions.NoInlining)]
  static void Rethrower() {
    try { Thrower(1); } catch (InvalidOperationException) { throw; }
  }

  [MethodImpl(MethodImplOptions.NoInlining)]
  static ExceptionDispatchInfo Captured() {
    try { Thrower(2); return null; } catch (Exception e) { return ExceptionDispatchInfo.Capture(e); }
  }

  // not a call in tail position: without symbols (kiln compile of mcs's assembly) Kiln may turn that into a jump
  [MethodImpl(MethodImplOptions.NoInlining)]
  static void Dispatcher(ExceptionDispatchInfo edi) { edi.Throw(); Console.WriteLine("not reached"); }

  static async Task Inner(int x, bool yield) {
    if (yield) await Task.Yield();
    Thrower(x);
  }

  static async Task<int> Outer(int x, bool yield) {
    await Inner(x, yield);
    return 1;
  }

  static void Report(string what, string trace, params string[] names) {
    foreach (string name in names) {
      Console.WriteLine(what + " names " + name + ": " + (trace != null && trace.Contains(name)));
    }
  }

  static void Main() {
    try { Rethrower(); } catch (Exception e) { Report("rethrow", e.StackTrace, "Thrower", "Rethrower", "Main"); }

    ExceptionDispatchInfo edi = Captured();
    Console.WriteLine("source kept: " + (edi.SourceException.Message == "boom 2"));
    try { Dispatcher(edi); } catch (Exception e) {
      Report("dispatch", e.StackTrace, "Thrower", "Captured", "Dispatcher", "Main", "End of stack trace from previous location");
      Console.WriteLine("same object: " + ReferenceEquals(e, edi.SourceException));
    }

    foreach (bool yield in new[] { false, true }) {
      try { Outer(3, yield).GetAwaiter().GetResult(); } catch (Exception e) {
        Report("await (yield " + yield + ")", e.StackTrace, "Thrower", "Inner", "Outer", "Main");
      }
    }

    try { Task.Run(() => Thrower(4)).Wait(); } catch (AggregateException e) {
      Report("Task.Run", e.InnerException.StackTrace, "Thrower");
    }

    try {
      try { Thrower(5); } catch (Exception e) { throw e; }
    } catch (Exception e) {
      Report("throw e", e.StackTrace, "Main");
      Console.WriteLine("throw e names Thrower: " + e.StackTrace.Contains("Thrower"));
    }
  }
}
