using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    // Factories of the other nodes, with .NET's argument checks and messages.
    public abstract partial class Expression
    {
        public static ParameterExpression Parameter(Type type) { return Parameter(type, null); }

        public static ParameterExpression Parameter(Type type, string name)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (type == typeof(void)) throw new ArgumentException("Argument type cannot be System.Void.", "type");
            bool byRef = type.IsByRef;
            return new ParameterExpression(byRef ? type.GetElementType() : type, name, byRef);
        }

        public static ParameterExpression Variable(Type type) { return Variable(type, null); }
        public static ParameterExpression Variable(Type type, string name) { return Parameter(type, name); }

        public static ConstantExpression Constant(object value) { return new ConstantExpression(value, value == null ? typeof(object) : value.GetType()); }

        public static ConstantExpression Constant(object value, Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (value == null ? type.IsValueType && !TypeUtils.IsNullable(type) : !TypeUtils.GetNonNullableType(type).IsInstanceOfType(value))
                throw new ArgumentException("Argument types do not match");
            return new ConstantExpression(value, type);
        }

        public static DefaultExpression Default(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            return new DefaultExpression(type);
        }

        public static DefaultExpression Empty() { return new DefaultExpression(typeof(void)); }

        public static ConditionalExpression Condition(Expression test, Expression ifTrue, Expression ifFalse)
        {
            if (test == null) throw new ArgumentNullException("test");
            if (ifTrue == null) throw new ArgumentNullException("ifTrue");
            if (ifFalse == null) throw new ArgumentNullException("ifFalse");
            if (test.Type != typeof(bool)) throw new ArgumentException("Argument must be boolean", "test");
            if (ifTrue.Type != ifFalse.Type) throw new ArgumentException("Argument types do not match");
            return new ConditionalExpression(test, ifTrue, ifFalse, ifTrue.Type);
        }

        public static ConditionalExpression Condition(Expression test, Expression ifTrue, Expression ifFalse, Type type)
        {
            if (test == null) throw new ArgumentNullException("test");
            if (ifTrue == null) throw new ArgumentNullException("ifTrue");
            if (ifFalse == null) throw new ArgumentNullException("ifFalse");
            if (type == null) throw new ArgumentNullException("type");
            if (test.Type != typeof(bool)) throw new ArgumentException("Argument must be boolean", "test");
            if (type != typeof(void) && (!TypeUtils.AreReferenceAssignable(type, ifTrue.Type) || !TypeUtils.AreReferenceAssignable(type, ifFalse.Type)))
                throw new ArgumentException("Argument types do not match");
            return new ConditionalExpression(test, ifTrue, ifFalse, type);
        }

        // calls

        public static MethodCallExpression Call(MethodInfo method, params Expression[] arguments) { return Call(null, method, (IEnumerable<Expression>)arguments); }
        public static MethodCallExpression Call(MethodInfo method, IEnumerable<Expression> arguments) { return Call(null, method, arguments); }
        public static MethodCallExpression Call(Expression instance, MethodInfo method) { return Call(instance, method, (IEnumerable<Expression>)null); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0) { return Call(null, method, new[] { arg0 }); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0, Expression arg1) { return Call(null, method, new[] { arg0, arg1 }); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0, Expression arg1, Expression arg2) { return Call(null, method, new[] { arg0, arg1, arg2 }); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0, Expression arg1, Expression arg2, Expression arg3) { return Call(null, method, new[] { arg0, arg1, arg2, arg3 }); }
        public static MethodCallExpression Call(MethodInfo method, Expression arg0, Expression arg1, Expression arg2, Expression arg3, Expression arg4) { return Call(null, method, new[] { arg0, arg1, arg2, arg3, arg4 }); }
        public static MethodCallExpression Call(Expression instance, MethodInfo method, Expression arg0, Expression arg1) { return Call(instance, method, new[] { arg0, arg1 }); }
        public static MethodCallExpression Call(Expression instance, MethodInfo method, Expression arg0, Expression arg1, Expression arg2) { return Call(instance, method, new[] { arg0, arg1, arg2 }); }
        public static MethodCallExpression Call(Expression instance, MethodInfo method, params Expression[] arguments) { return Call(instance, method, (IEnumerable<Expression>)arguments); }

        public static MethodCallExpression Call(Expression instance, MethodInfo method, IEnumerable<Expression> arguments)
        {
            if (method == null) throw new ArgumentNullException("method");
            if (method.ContainsGenericParameters) throw new ArgumentException("Method " + method + " contains generic parameters", "method");
            if (method.IsStatic)
            {
                if (instance != null) throw new ArgumentException("Static method requires null instance, non-static method requires non-null instance.", "instance");
            }
            else
            {
                if (instance == null) throw new ArgumentException("Static method requires null instance, non-static method requires non-null instance.", "method");
                if (!InstanceFits(method.DeclaringType, instance.Type))
                    throw new ArgumentException("Expression of type '" + instance.Type + "' cannot be used for parameter of type '" + method.DeclaringType + "' of method '" + method + "'");
            }
            ReadOnlyCollection<Expression> args = Arguments(method, ExpressionType.Call, arguments, "method");
            return new MethodCallExpression(method, instance, args);
        }

        public static MethodCallExpression Call(Expression instance, string methodName, Type[] typeArguments, params Expression[] arguments)
        {
            if (instance == null) throw new ArgumentNullException("instance");
            return Call(instance, FindMethod(instance.Type, methodName, typeArguments, arguments, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.FlattenHierarchy), arguments);
        }

        public static MethodCallExpression Call(Type type, string methodName, Type[] typeArguments, params Expression[] arguments)
        {
            if (type == null) throw new ArgumentNullException("type");
            return Call(null, FindMethod(type, methodName, typeArguments, arguments, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.FlattenHierarchy), arguments);
        }

        private static MethodInfo FindMethod(Type type, string name, Type[] typeArguments, Expression[] arguments, BindingFlags flags)
        {
            if (name == null) throw new ArgumentNullException("methodName");
            MethodInfo found = null;
            int count = 0;
            foreach (MethodInfo m in type.GetMethods(flags))
            {
                if (m.Name != name) continue;
                MethodInfo candidate = m;
                int arity = typeArguments == null ? 0 : typeArguments.Length;
                if (m.IsGenericMethodDefinition != (arity > 0)) continue;
                if (arity > 0)
                {
                    if (m.GetGenericArguments().Length != arity) continue;
                    candidate = m.MakeGenericMethod(typeArguments);
                }
                ParameterInfo[] ps = candidate.GetParameters();
                int n = arguments == null ? 0 : arguments.Length;
                if (ps.Length != n) continue;
                bool ok = true;
                for (int i = 0; i < n && ok; i++) ok = ParameterFits(ps[i].ParameterType, arguments[i]);
                if (!ok) continue;
                found = candidate;
                count++;
            }
            if (count == 0)
                throw new InvalidOperationException((typeArguments == null || typeArguments.Length == 0 ? "No method '" + name + "' on type '" + type + "' is compatible with the supplied arguments."
                    : "No generic method '" + name + "' on type '" + type + "' is compatible with the supplied type arguments and arguments. No type arguments should be provided if the method is non-generic. "));
            if (count > 1) throw new InvalidOperationException("More than one method '" + name + "' on type '" + type + "' is compatible with the supplied arguments.");
            return found;
        }

        private static bool ParameterFits(Type parameter, Expression argument)
        {
            if (parameter.IsByRef) parameter = parameter.GetElementType();
            return TypeUtils.AreReferenceAssignable(parameter, argument.Type)
                || argument is LambdaExpression && typeof(LambdaExpression).IsAssignableFrom(parameter) && parameter.IsAssignableFrom(argument.GetType());
        }

        private static bool InstanceFits(Type declaring, Type instance)
        {
            if (TypeUtils.AreReferenceAssignable(declaring, instance)) return true;
            if (declaring == instance) return true;
            if (instance.IsValueType && (declaring == typeof(object) || declaring == typeof(ValueType) || declaring.IsAssignableFrom(instance))) return true;
            return false;
        }

        // The arguments as the method's parameters take them: a lambda where an Expression<T> is expected is quoted.
        private static ReadOnlyCollection<Expression> Arguments(MethodBase method, ExpressionType kind, IEnumerable<Expression> arguments, string methodParam)
        {
            List<Expression> args = arguments == null ? new List<Expression>() : new List<Expression>(arguments);
            ParameterInfo[] ps = method.GetParameters();
            if (ps.Length != args.Count)
            {
                if (kind == ExpressionType.New) throw new ArgumentException("Incorrect number of arguments for constructor");
                throw new ArgumentException("Incorrect number of arguments supplied for call to method '" + method + "'", methodParam);
            }
            for (int i = 0; i < args.Count; i++)
            {
                Expression arg = args[i];
                if (arg == null) throw new ArgumentNullException("arguments[" + i + "]");
                Type p = ps[i].ParameterType;
                if (p.IsByRef) p = p.GetElementType();
                if (TypeUtils.AreReferenceAssignable(p, arg.Type)) continue;
                if (arg is LambdaExpression && p.IsAssignableFrom(arg.GetType()))
                {
                    args[i] = Quote(arg);
                    continue;
                }
                if (kind == ExpressionType.New)
                    throw new ArgumentException("Expression of type '" + arg.Type + "' cannot be used for constructor parameter of type '" + p + "'", "arguments[" + i + "]");
                throw new ArgumentException("Expression of type '" + arg.Type + "' cannot be used for parameter of type '" + p + "' of method '" + method + "'", "arguments[" + i + "]");
            }
            return new ReadOnlyCollection<Expression>(args);
        }

        // members

        public static MemberExpression Field(Expression expression, FieldInfo field)
        {
            if (field == null) throw new ArgumentNullException("field");
            if (field.IsStatic)
            {
                if (expression != null) throw new ArgumentException("Static field requires null instance, non-static field requires non-null instance.", "expression");
            }
            else
            {
                if (expression == null) throw new ArgumentException("Static field requires null instance, non-static field requires non-null instance.", "field");
                if (!InstanceFits(field.DeclaringType, expression.Type))
                    throw new ArgumentException("Field '" + field.DeclaringType + "." + field.Name + "' is not defined for type '" + expression.Type + "'");
            }
            return new MemberExpression(expression, field);
        }

        public static MemberExpression Field(Expression expression, string fieldName)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (fieldName == null) throw new ArgumentNullException("fieldName");
            FieldInfo fi = expression.Type.GetField(fieldName, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.IgnoreCase | BindingFlags.FlattenHierarchy);
            if (fi == null) throw new ArgumentException("Instance field '" + fieldName + "' is not defined for type '" + expression.Type + "'");
            return Field(expression, fi);
        }

        public static MemberExpression Property(Expression expression, PropertyInfo property)
        {
            if (property == null) throw new ArgumentNullException("property");
            MethodInfo getter = property.GetGetMethod(true);
            if (getter == null) throw new ArgumentException("The property '" + property + "' has no 'get' accessor", "property");
            if (getter.IsStatic)
            {
                if (expression != null) throw new ArgumentException("Static property requires null instance, non-static property requires non-null instance.", "expression");
            }
            else
            {
                if (expression == null) throw new ArgumentException("Static property requires null instance, non-static property requires non-null instance.", "property");
                if (!InstanceFits(property.DeclaringType, expression.Type))
                    throw new ArgumentException("Property '" + property + "' is not defined for type '" + expression.Type + "'", "property");
            }
            return new MemberExpression(expression, property);
        }

        public static MemberExpression Property(Expression expression, MethodInfo propertyAccessor)
        {
            if (propertyAccessor == null) throw new ArgumentNullException("propertyAccessor");
            return Property(expression, PropertyOfAccessor(propertyAccessor, "propertyAccessor"));
        }

        public static MemberExpression Property(Expression expression, Type type, string propertyName)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (propertyName == null) throw new ArgumentNullException("propertyName");
            PropertyInfo pi = type.GetProperty(propertyName, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.IgnoreCase | BindingFlags.FlattenHierarchy);
            if (pi == null) throw new ArgumentException("Property '" + propertyName + "' is not defined for type '" + type + "'", "propertyName");
            return Property(expression, pi);
        }

        public static MemberExpression Field(Expression expression, Type type, string fieldName)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (fieldName == null) throw new ArgumentNullException("fieldName");
            FieldInfo fi = type.GetField(fieldName, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.IgnoreCase | BindingFlags.FlattenHierarchy);
            if (fi == null) throw new ArgumentException("Field '" + fieldName + "' is not defined for type '" + type + "'", "fieldName");
            return Field(expression, fi);
        }

        public static MemberExpression Property(Expression expression, string propertyName)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            if (propertyName == null) throw new ArgumentNullException("propertyName");
            PropertyInfo pi = expression.Type.GetProperty(propertyName, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.IgnoreCase | BindingFlags.FlattenHierarchy);
            if (pi == null) throw new ArgumentException("Instance property '" + propertyName + "' is not defined for type '" + expression.Type + "'", "propertyName");
            return Property(expression, pi);
        }

        public static MemberExpression PropertyOrField(Expression expression, string propertyOrFieldName)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.IgnoreCase | BindingFlags.FlattenHierarchy;
            PropertyInfo pi = expression.Type.GetProperty(propertyOrFieldName, flags);
            if (pi != null) return Property(expression, pi);
            FieldInfo fi = expression.Type.GetField(propertyOrFieldName, flags);
            if (fi != null) return Field(expression, fi);
            throw new ArgumentException("'" + propertyOrFieldName + "' is not a member of type '" + expression.Type + "'", "propertyOrFieldName");
        }

        public static MemberExpression MakeMemberAccess(Expression expression, MemberInfo member)
        {
            if (member == null) throw new ArgumentNullException("member");
            FieldInfo fi = member as FieldInfo;
            if (fi != null) return Field(expression, fi);
            PropertyInfo pi = member as PropertyInfo;
            if (pi != null) return Property(expression, pi);
            throw new ArgumentException("Member '" + member + "' not field or property", "member");
        }

        // The property whose get or set accessor method is (mcs names properties by their getter's handle).
        private static PropertyInfo PropertyOfAccessor(MethodInfo method, string paramName)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | (BindingFlags.Static | BindingFlags.Instance);
            foreach (PropertyInfo pi in method.DeclaringType.GetProperties(flags))
            {
                MethodInfo get = pi.GetGetMethod(true), set = pi.GetSetMethod(true);
                if (get != null && SameMethod(get, method) || set != null && SameMethod(set, method)) return pi;
            }
            throw new ArgumentException("The method '" + method.DeclaringType + "." + method.Name + "' is not a property accessor", paramName);
        }

        private static bool SameMethod(MethodInfo a, MethodInfo b)
        {
            return a == b || a.Name == b.Name && a.DeclaringType == b.DeclaringType && a.ToString() == b.ToString();
        }

        // construction

        public static NewExpression New(ConstructorInfo constructor) { return New(constructor, (IEnumerable<Expression>)null); }
        public static NewExpression New(ConstructorInfo constructor, params Expression[] arguments) { return New(constructor, (IEnumerable<Expression>)arguments); }

        public static NewExpression New(ConstructorInfo constructor, IEnumerable<Expression> arguments)
        {
            ReadOnlyCollection<Expression> args = ConstructorArguments(constructor, arguments);
            return new NewExpression(constructor.DeclaringType, constructor, args, null);
        }

        public static NewExpression New(ConstructorInfo constructor, IEnumerable<Expression> arguments, params MemberInfo[] members) { return New(constructor, arguments, (IEnumerable<MemberInfo>)members); }

        public static NewExpression New(ConstructorInfo constructor, IEnumerable<Expression> arguments, IEnumerable<MemberInfo> members)
        {
            ReadOnlyCollection<Expression> args = ConstructorArguments(constructor, arguments);
            List<MemberInfo> list = members == null ? new List<MemberInfo>() : new List<MemberInfo>(members);
            if (list.Count != args.Count) throw new ArgumentException("Incorrect number of arguments for the given members ");
            for (int i = 0; i < list.Count; i++)
            {
                // .NET keeps the property a getter names
                MethodInfo accessor = list[i] as MethodInfo;
                if (accessor != null) list[i] = PropertyOfAccessor(accessor, "members");
            }
            return new NewExpression(constructor.DeclaringType, constructor, args, new ReadOnlyCollection<MemberInfo>(list));
        }

        // The checks both constructor overloads make (as .NET validates the constructor the same way for both): a
        // constructor of a type that can be instantiated, and arguments that fit its parameters.
        private static ReadOnlyCollection<Expression> ConstructorArguments(ConstructorInfo constructor, IEnumerable<Expression> arguments)
        {
            if (constructor == null) throw new ArgumentNullException("constructor");
            if (constructor.DeclaringType.IsAbstract) throw new ArgumentException("Cannot create instance of abstract type", "constructor");
            return Arguments(constructor, ExpressionType.New, arguments, "constructor");
        }

        public static NewExpression New(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (type.IsValueType) return new NewExpression(type, null, ReadOnly<Expression>(null), null);
            ConstructorInfo ci = type.GetConstructor(Type.EmptyTypes);
            if (ci == null) throw new ArgumentException("Type '" + type + "' does not have a default constructor", "type");
            return New(ci);
        }

        public static NewArrayExpression NewArrayInit(Type type, params Expression[] initializers) { return NewArrayInit(type, (IEnumerable<Expression>)initializers); }

        public static NewArrayExpression NewArrayInit(Type type, IEnumerable<Expression> initializers)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (initializers == null) throw new ArgumentNullException("initializers");
            if (type == typeof(void)) throw new ArgumentException("Argument type cannot be System.Void.", "type");
            List<Expression> list = new List<Expression>(initializers);
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] == null) throw new ArgumentNullException("initializers[" + i + "]");
                if (!TypeUtils.AreReferenceAssignable(type, list[i].Type))
                    throw new InvalidOperationException("An expression of type '" + list[i].Type + "' cannot be used to initialize an array of type '" + type + "'");
            }
            return new NewArrayExpression(ExpressionType.NewArrayInit, type.MakeArrayType(), new ReadOnlyCollection<Expression>(list));
        }

        public static NewArrayExpression NewArrayBounds(Type type, params Expression[] bounds) { return NewArrayBounds(type, (IEnumerable<Expression>)bounds); }

        public static NewArrayExpression NewArrayBounds(Type type, IEnumerable<Expression> bounds)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (bounds == null) throw new ArgumentNullException("bounds");
            List<Expression> list = new List<Expression>(bounds);
            if (list.Count == 0) throw new ArgumentException("Bounds count cannot be less than 1", "bounds");
            foreach (Expression b in list)
            {
                if (!TypeUtils.IsInteger(b.Type)) throw new ArgumentException("Argument must be of an integer type", "bounds");
            }
            if (list.Count > 1) throw new NotSupportedException("Kiln's expression trees make single-dimensional arrays only (Type.MakeArrayType(int) is missing).");
            Type arrayType = type.MakeArrayType();
            return new NewArrayExpression(ExpressionType.NewArrayBounds, arrayType, new ReadOnlyCollection<Expression>(list));
        }

        public static MemberInitExpression MemberInit(NewExpression newExpression, params MemberBinding[] bindings) { return MemberInit(newExpression, (IEnumerable<MemberBinding>)bindings); }

        public static MemberInitExpression MemberInit(NewExpression newExpression, IEnumerable<MemberBinding> bindings)
        {
            if (newExpression == null) throw new ArgumentNullException("newExpression");
            if (bindings == null) throw new ArgumentNullException("bindings");
            return new MemberInitExpression(newExpression, ReadOnly(bindings));
        }

        public static MemberAssignment Bind(MemberInfo member, Expression expression)
        {
            if (member == null) throw new ArgumentNullException("member");
            if (expression == null) throw new ArgumentNullException("expression");
            Type memberType = MemberType(member, "member");
            if (!TypeUtils.AreReferenceAssignable(memberType, expression.Type)) throw new ArgumentException("Argument types do not match");
            return new MemberAssignment(member, expression);
        }

        public static MemberAssignment Bind(MethodInfo propertyAccessor, Expression expression)
        {
            if (propertyAccessor == null) throw new ArgumentNullException("propertyAccessor");
            return Bind(PropertyOfAccessor(propertyAccessor, "propertyAccessor"), expression);
        }

        public static MemberMemberBinding MemberBind(MemberInfo member, params MemberBinding[] bindings) { return MemberBind(member, (IEnumerable<MemberBinding>)bindings); }

        public static MemberMemberBinding MemberBind(MemberInfo member, IEnumerable<MemberBinding> bindings)
        {
            if (member == null) throw new ArgumentNullException("member");
            if (bindings == null) throw new ArgumentNullException("bindings");
            MemberType(member, "member");
            return new MemberMemberBinding(member, ReadOnly(bindings));
        }

        public static MemberMemberBinding MemberBind(MethodInfo propertyAccessor, params MemberBinding[] bindings) { return MemberBind(PropertyOfAccessor(propertyAccessor, "propertyAccessor"), bindings); }
        public static MemberMemberBinding MemberBind(MethodInfo propertyAccessor, IEnumerable<MemberBinding> bindings) { return MemberBind(PropertyOfAccessor(propertyAccessor, "propertyAccessor"), bindings); }

        public static MemberListBinding ListBind(MemberInfo member, params ElementInit[] initializers) { return ListBind(member, (IEnumerable<ElementInit>)initializers); }

        public static MemberListBinding ListBind(MemberInfo member, IEnumerable<ElementInit> initializers)
        {
            if (member == null) throw new ArgumentNullException("member");
            if (initializers == null) throw new ArgumentNullException("initializers");
            MemberType(member, "member");
            return new MemberListBinding(member, ReadOnly(initializers));
        }

        public static MemberListBinding ListBind(MethodInfo propertyAccessor, params ElementInit[] initializers) { return ListBind(PropertyOfAccessor(propertyAccessor, "propertyAccessor"), initializers); }
        public static MemberListBinding ListBind(MethodInfo propertyAccessor, IEnumerable<ElementInit> initializers) { return ListBind(PropertyOfAccessor(propertyAccessor, "propertyAccessor"), initializers); }

        private static Type MemberType(MemberInfo member, string paramName)
        {
            FieldInfo fi = member as FieldInfo;
            if (fi != null) return fi.FieldType;
            PropertyInfo pi = member as PropertyInfo;
            if (pi != null) return pi.PropertyType;
            throw new ArgumentException("Argument must be either a FieldInfo or PropertyInfo", paramName);
        }

        public static ListInitExpression ListInit(NewExpression newExpression, params ElementInit[] initializers) { return ListInit(newExpression, (IEnumerable<ElementInit>)initializers); }

        public static ListInitExpression ListInit(NewExpression newExpression, IEnumerable<ElementInit> initializers)
        {
            if (newExpression == null) throw new ArgumentNullException("newExpression");
            if (initializers == null) throw new ArgumentNullException("initializers");
            return new ListInitExpression(newExpression, ReadOnly(initializers));
        }

        public static ListInitExpression ListInit(NewExpression newExpression, params Expression[] initializers) { return ListInit(newExpression, (IEnumerable<Expression>)initializers); }

        public static ListInitExpression ListInit(NewExpression newExpression, IEnumerable<Expression> initializers)
        {
            if (newExpression == null) throw new ArgumentNullException("newExpression");
            if (initializers == null) throw new ArgumentNullException("initializers");
            MethodInfo add = newExpression.Type.GetMethod("Add", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            if (add == null) throw new InvalidOperationException("The type used in ListInit must implement an Add method");
            List<ElementInit> inits = new List<ElementInit>();
            foreach (Expression e in initializers) inits.Add(ElementInit(add, e));
            return ListInit(newExpression, inits);
        }

        public static ListInitExpression ListInit(NewExpression newExpression, MethodInfo addMethod, params Expression[] initializers) { return ListInit(newExpression, addMethod, (IEnumerable<Expression>)initializers); }

        public static ListInitExpression ListInit(NewExpression newExpression, MethodInfo addMethod, IEnumerable<Expression> initializers)
        {
            if (addMethod == null) return ListInit(newExpression, initializers);
            if (newExpression == null) throw new ArgumentNullException("newExpression");
            if (initializers == null) throw new ArgumentNullException("initializers");
            List<ElementInit> inits = new List<ElementInit>();
            foreach (Expression e in initializers) inits.Add(ElementInit(addMethod, e));
            return ListInit(newExpression, inits);
        }

        public static ElementInit ElementInit(MethodInfo addMethod, params Expression[] arguments) { return ElementInit(addMethod, (IEnumerable<Expression>)arguments); }

        public static ElementInit ElementInit(MethodInfo addMethod, IEnumerable<Expression> arguments)
        {
            if (addMethod == null) throw new ArgumentNullException("addMethod");
            if (arguments == null) throw new ArgumentNullException("arguments");
            if (addMethod.Name.ToLowerInvariant() != "add") throw new ArgumentException("Element initializer method must be named 'Add'", "addMethod");
            if (addMethod.IsStatic) throw new ArgumentException("Element initializer method must be an instance method", "addMethod");
            return new ElementInit(addMethod, Arguments(addMethod, ExpressionType.Call, arguments, "addMethod"));
        }

        public static InvocationExpression Invoke(Expression expression, params Expression[] arguments) { return Invoke(expression, (IEnumerable<Expression>)arguments); }

        public static InvocationExpression Invoke(Expression expression, IEnumerable<Expression> arguments)
        {
            if (expression == null) throw new ArgumentNullException("expression");
            Type delegateType = expression.Type;
            if (delegateType == typeof(Delegate) || !typeof(Delegate).IsAssignableFrom(delegateType))
            {
                Type lambdaOf = LambdaDelegateType(delegateType);
                if (lambdaOf == null) throw new ArgumentException("Expression of type '" + delegateType + "' cannot be invoked", "expression");
                delegateType = lambdaOf;
            }
            MethodInfo invoke = delegateType.GetMethod("Invoke");
            ReadOnlyCollection<Expression> args = Arguments(invoke, ExpressionType.Invoke, arguments, "expression");
            return new InvocationExpression(expression, args, invoke.ReturnType);
        }

        // TDelegate of an Expression<TDelegate> type, else null.
        private static Type LambdaDelegateType(Type type)
        {
            for (Type t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Expression<>)) return t.GetGenericArguments()[0];
            }
            return null;
        }

        // lambdas

        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, params ParameterExpression[] parameters) { return Lambda<TDelegate>(body, null, false, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, bool tailCall, params ParameterExpression[] parameters) { return Lambda<TDelegate>(body, null, tailCall, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, IEnumerable<ParameterExpression> parameters) { return Lambda<TDelegate>(body, null, false, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, bool tailCall, IEnumerable<ParameterExpression> parameters) { return Lambda<TDelegate>(body, null, tailCall, parameters); }
        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, string name, IEnumerable<ParameterExpression> parameters) { return Lambda<TDelegate>(body, name, false, parameters); }

        public static Expression<TDelegate> Lambda<TDelegate>(Expression body, string name, bool tailCall, IEnumerable<ParameterExpression> parameters)
        {
            ReadOnlyCollection<ParameterExpression> ps = ReadOnly(parameters);
            ValidateLambda(typeof(TDelegate), body, ps);
            return new Expression<TDelegate>(body, ps, name, tailCall);
        }

        public static LambdaExpression Lambda(Type delegateType, Expression body, params ParameterExpression[] parameters) { return Lambda(delegateType, body, null, false, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, IEnumerable<ParameterExpression> parameters) { return Lambda(delegateType, body, null, false, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, bool tailCall, params ParameterExpression[] parameters) { return Lambda(delegateType, body, null, tailCall, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, bool tailCall, IEnumerable<ParameterExpression> parameters) { return Lambda(delegateType, body, null, tailCall, parameters); }
        public static LambdaExpression Lambda(Type delegateType, Expression body, string name, IEnumerable<ParameterExpression> parameters) { return Lambda(delegateType, body, name, false, parameters); }
        public static LambdaExpression Lambda(Expression body, bool tailCall, params ParameterExpression[] parameters) { return Lambda(body, null, tailCall, parameters); }
        public static LambdaExpression Lambda(Expression body, bool tailCall, IEnumerable<ParameterExpression> parameters) { return Lambda(body, null, tailCall, parameters); }
        public static LambdaExpression Lambda(Expression body, string name, IEnumerable<ParameterExpression> parameters) { return Lambda(body, name, false, parameters); }

        public static LambdaExpression Lambda(Type delegateType, Expression body, string name, bool tailCall, IEnumerable<ParameterExpression> parameters)
        {
            if (delegateType == null) throw new ArgumentNullException("delegateType");
            ReadOnlyCollection<ParameterExpression> ps = ReadOnly(parameters);
            ValidateLambda(delegateType, body, ps);
            return new UntypedLambdaExpression(delegateType, body, ps, name, tailCall);
        }

        public static LambdaExpression Lambda(Expression body, params ParameterExpression[] parameters) { return Lambda(body, (IEnumerable<ParameterExpression>)parameters); }

        public static LambdaExpression Lambda(Expression body, IEnumerable<ParameterExpression> parameters) { return Lambda(body, null, false, parameters); }

        public static LambdaExpression Lambda(Expression body, string name, bool tailCall, IEnumerable<ParameterExpression> parameters)
        {
            if (body == null) throw new ArgumentNullException("body");
            List<ParameterExpression> ps = parameters == null ? new List<ParameterExpression>() : new List<ParameterExpression>(parameters);
            Type[] types = new Type[ps.Count + 1];
            for (int i = 0; i < ps.Count; i++) types[i] = ps[i].Type;
            types[ps.Count] = body.Type;
            Type delegateType = body.Type == typeof(void) ? GetActionType(SubArray(types, ps.Count)) : GetFuncType(types);
            return Lambda(delegateType, body, name, tailCall, ps);
        }

        private static Type[] SubArray(Type[] types, int count)
        {
            Type[] result = new Type[count];
            Array.Copy(types, result, count);
            return result;
        }

        public static Type GetFuncType(params Type[] typeArgs)
        {
            if (typeArgs == null) throw new ArgumentNullException("typeArgs");
            switch (typeArgs.Length)
            {
                case 1: return typeof(Func<>).MakeGenericType(typeArgs);
                case 2: return typeof(Func<,>).MakeGenericType(typeArgs);
                case 3: return typeof(Func<,,>).MakeGenericType(typeArgs);
                case 4: return typeof(Func<,,,>).MakeGenericType(typeArgs);
                case 5: return typeof(Func<,,,,>).MakeGenericType(typeArgs);
                default: throw new ArgumentException("An incorrect number of type arguments were specified for the declaration of a Func type.");
            }
        }

        public static Type GetDelegateType(params Type[] typeArgs)
        {
            if (typeArgs == null || typeArgs.Length == 0) throw new ArgumentException("typeArgs");
            Type last = typeArgs[typeArgs.Length - 1];
            return last == typeof(void) ? GetActionType(SubArray(typeArgs, typeArgs.Length - 1)) : GetFuncType(typeArgs);
        }

        public static Type GetActionType(params Type[] typeArgs)
        {
            if (typeArgs == null) throw new ArgumentNullException("typeArgs");
            switch (typeArgs.Length)
            {
                case 0: return typeof(Action);
                case 1: return typeof(Action<>).MakeGenericType(typeArgs);
                case 2: return typeof(Action<,>).MakeGenericType(typeArgs);
                case 3: return typeof(Action<,,>).MakeGenericType(typeArgs);
                case 4: return typeof(Action<,,,>).MakeGenericType(typeArgs);
                default: throw new ArgumentException("An incorrect number of type arguments were specified for the declaration of an Action type.");
            }
        }

        private static void ValidateLambda(Type delegateType, Expression body, ReadOnlyCollection<ParameterExpression> parameters)
        {
            if (body == null) throw new ArgumentNullException("body");
            if (!typeof(MulticastDelegate).IsAssignableFrom(delegateType) || delegateType == typeof(MulticastDelegate))
                throw new ArgumentException("Lambda type parameter must be derived from System.MulticastDelegate");
            MethodInfo invoke = delegateType.GetMethod("Invoke");
            ParameterInfo[] ps = invoke.GetParameters();
            if (ps.Length != parameters.Count) throw new ArgumentException("Incorrect number of parameters supplied for lambda declaration");
            for (int i = 0; i < ps.Length; i++)
            {
                ParameterExpression p = parameters[i];
                if (p == null) throw new ArgumentNullException("parameters[" + i + "]");
                Type pType = ps[i].ParameterType;
                if (p.IsByRef != pType.IsByRef || (pType.IsByRef ? pType.GetElementType() : pType) != p.Type && !TypeUtils.AreReferenceAssignable(p.Type, pType))
                    throw new ArgumentException("ParameterExpression of type '" + p.Type + "' cannot be used for delegate parameter of type '" + pType + "'");
            }
            Type ret = invoke.ReturnType;
            if (ret != typeof(void) && !TypeUtils.AreReferenceAssignable(ret, body.Type))
            {
                if (!(body is LambdaExpression) || !ret.IsAssignableFrom(body.GetType()))
                    throw new ArgumentException("Expression of type '" + body.Type + "' cannot be used for return type '" + ret + "'");
            }
        }
    }
}
