using System;
using System.Collections.Generic;
using System.Reflection;

namespace Microsoft.CSharp.RuntimeBinder
{
    // C#'s overload resolution over candidates found by name, on the arguments' binding types: the applicable ones
    // (in normal form, or expanded for a params array), then the better function member by the better conversion of
    // each argument; ties go to the non-generic and to the normal form.
    internal sealed class OverloadResolution
    {
        private sealed class Candidate
        {
            internal MethodBase Method;
            internal Type[] Parameters; // one per argument (the expanded form repeats the element type)
            internal bool Expanded;
            internal int ParameterCount;
        }

        private readonly Type[] _argumentTypes;
        private object[] _constants; // the value of each constant argument (else null), for C#'s constant conversions

        internal OverloadResolution(Type[] argumentTypes)
        {
            _argumentTypes = argumentTypes;
        }

        // Arguments the compiler marked constant, with their values: an int constant converts to a smaller integral
        // type whose range holds it, and 0 to any enum (C#'s implicit constant conversions).
        internal OverloadResolution WithConstants(bool[] constant, object[] values)
        {
            _constants = new object[values.Length];
            for (int i = 0; i < values.Length; i++) _constants[i] = constant[i] ? values[i] : null;
            return this;
        }

        private bool Converts(int argument, Type to)
        {
            return Conversions.IsImplicit(_argumentTypes[argument], to)
                || _constants != null && Conversions.IsConstantImplicit(_constants[argument], to);
        }

        private object Convert(object value, int argument, Type to)
        {
            if (_constants != null && !Conversions.IsImplicit(_argumentTypes[argument], to) && Conversions.IsConstantImplicit(_constants[argument], to))
                return Conversions.Convert(value, _argumentTypes[argument], to, true, false);
            return Conversions.Convert(value, _argumentTypes[argument], to, false, false);
        }

        // The best applicable method, or null (with failure set to the C# message) when there is none.
        internal MethodBase Select(List<MethodBase> methods, string displayName, out string failure)
        {
            List<Candidate> applicable = new List<Candidate>();
            MethodBase sameCount = null;
            foreach (MethodBase m in methods)
            {
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length == _argumentTypes.Length && sameCount == null) sameCount = m;
                Candidate normal = Normal(m, ps);
                if (normal != null) { applicable.Add(normal); continue; }
                Candidate expanded = Expanded(m, ps);
                if (expanded != null) applicable.Add(expanded);
            }
            failure = null;
            if (applicable.Count == 0)
            {
                failure = sameCount != null
                    ? "The best overloaded method match for '" + CSharpNames.Of(sameCount) + "' has some invalid arguments"
                    : "No overload for method '" + displayName + "' takes '" + _argumentTypes.Length + "' arguments";
                return null;
            }
            Candidate best = applicable[0];
            for (int i = 1; i < applicable.Count; i++)
            {
                if (Compare(applicable[i], best) > 0) best = applicable[i];
            }
            foreach (Candidate c in applicable)
            {
                if (c != best && Compare(best, c) <= 0)
                {
                    failure = "The call is ambiguous between the following methods or properties: '" + CSharpNames.Of(best.Method)
                        + "' and '" + CSharpNames.Of(c.Method) + "'";
                    return null;
                }
            }
            _selected = best;
            return best.Method;
        }

        private Candidate _selected;

        // The arguments converted to the selected method's parameters (a params array packed).
        internal object[] Arguments(object[] values)
        {
            Candidate c = _selected;
            object[] converted = new object[c.ParameterCount];
            int fixedCount = c.Expanded ? c.ParameterCount - 1 : c.ParameterCount;
            for (int i = 0; i < fixedCount; i++) converted[i] = Convert(values[i], i, c.Parameters[i]);
            if (c.Expanded)
            {
                Type element = c.Method.GetParameters()[fixedCount].ParameterType.GetElementType();
                Array rest = Array.CreateInstance(element, values.Length - fixedCount);
                for (int i = fixedCount; i < values.Length; i++)
                    rest.SetValue(Convert(values[i], i, element), i - fixedCount);
                converted[fixedCount] = rest;
            }
            return converted;
        }

        // By-ref arguments the call wrote back, copied to the caller's values.
        internal void WriteBack(object[] converted, object[] values)
        {
            int fixedCount = _selected.Expanded ? _selected.ParameterCount - 1 : _selected.ParameterCount;
            for (int i = 0; i < fixedCount; i++)
            {
                if (_selected.Parameters[i].IsByRef) values[i] = converted[i];
            }
        }

        private Candidate Normal(MethodBase m, ParameterInfo[] ps)
        {
            if (ps.Length != _argumentTypes.Length) return null;
            Type[] types = new Type[ps.Length];
            for (int i = 0; i < ps.Length; i++)
            {
                types[i] = ps[i].ParameterType;
                if (!Converts(i, types[i])) return null;
            }
            return new Candidate { Method = m, Parameters = types, ParameterCount = ps.Length };
        }

        private Candidate Expanded(MethodBase m, ParameterInfo[] ps)
        {
            if (ps.Length == 0 || _argumentTypes.Length < ps.Length - 1) return null;
            ParameterInfo last = ps[ps.Length - 1];
            if (!last.ParameterType.IsArray || !last.IsDefined(typeof(ParamArrayAttribute), false)) return null;
            Type element = last.ParameterType.GetElementType();
            Type[] types = new Type[_argumentTypes.Length];
            for (int i = 0; i < types.Length; i++)
            {
                types[i] = i < ps.Length - 1 ? ps[i].ParameterType : element;
                if (!Converts(i, types[i])) return null;
            }
            return new Candidate { Method = m, Parameters = types, Expanded = true, ParameterCount = ps.Length };
        }

        // > 0 when a is the better function member, < 0 when b is, 0 when neither.
        private int Compare(Candidate a, Candidate b)
        {
            bool aBetter = false, bBetter = false;
            for (int i = 0; i < _argumentTypes.Length; i++)
            {
                int r = Conversions.Better(_argumentTypes[i], a.Parameters[i], b.Parameters[i]);
                if (r == 1) aBetter = true;
                else if (r == 2) bBetter = true;
            }
            if (aBetter != bBetter) return aBetter ? 1 : -1;
            if (aBetter) return 0;
            if (a.Method.IsGenericMethod != b.Method.IsGenericMethod) return a.Method.IsGenericMethod ? -1 : 1;
            if (a.Expanded != b.Expanded) return a.Expanded ? -1 : 1;
            return 0;
        }
    }
}
