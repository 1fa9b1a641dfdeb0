namespace System
{
    public partial class Exception
    {
        // Must stay the first instance fields: the runtime reads them at offsets 8 and 16 (kiln.h,
        // KILN_EXCEPTION_MESSAGE_OFFSET and KILN_EXCEPTION_INNER_OFFSET) for its unhandled-exception report.
        private string _message;
        private Exception _innerException;

        public Exception() { }
        public Exception(string message) { _message = message; }
        public Exception(string message, Exception innerException)
        {
            _message = message;
            _innerException = innerException;
        }

        public virtual string Message
        {
            get { return _message != null ? _message : "Exception of type '" + GetTypeName(this) + "' was thrown."; }
        }

        public Exception InnerException { get { return _innerException; } }

        // the message given at construction (null without one), for subclasses that word a default of their own
        internal string RawMessage { get { return _message; } }

        // The innermost exception of the chain of inner exceptions.
        public virtual Exception GetBaseException()
        {
            Exception e = this;
            while (e._innerException != null) e = e._innerException;
            return e;
        }

        // .NET's form: "Type: Message", then " ---> " and the inner exception's text with "--- End of inner exception
        // stack trace ---" after it, then this exception's trace.
        public override string ToString()
        {
            return Text(_innerException != null ? _innerException.ToString() : null);
        }

        // ToString's text for the runtime's unhandled-exception report (UnhandledExceptions.Describe): inner
        // exceptions by their ReportText rather than their ToString (kept apart: see Describe).
        internal virtual string ReportText()
        {
            return Text(_innerException != null ? _innerException.ReportText() : null);
        }

        // inner: the inner exception's text (null without one)
        internal string Text(string inner)
        {
            string message = Message;
            string text = GetTypeName(this);
            if (message != null && message.Length > 0) text = text + ": " + message;
            if (inner != null)
            {
                text = text + "\n ---> " + inner + "\n   --- End of inner exception stack trace ---";
            }
            string stackTrace = StackTrace;
            return stackTrace != null ? text + "\n" + stackTrace : text;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() : base("System error.") { }
        public SystemException(string message) : base(message) { }
        public SystemException(string message, Exception inner) : base(message, inner) { }
    }

    // Thrown (and thrown again at every later use of the type) when a class constructor fails; the compiler's
    // class-constructor runners create it with this constructor.
    public sealed class TypeInitializationException : SystemException
    {
        private string _typeName;

        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException)
        {
            _typeName = fullTypeName;
        }

        public string TypeName { get { return _typeName == null ? "" : _typeName; } }
    }

    public class ArgumentException : SystemException
    {
        private string _paramName;

        public ArgumentException() : base("Value does not fall within the expected range.") { }
        public ArgumentException(string message) : base(message) { }
        public ArgumentException(string message, Exception innerException) : base(message, innerException) { }
        public ArgumentException(string message, string paramName) : base(message) { _paramName = paramName; }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException) { _paramName = paramName; }

        public virtual string ParamName { get { return _paramName; } }

        public override string Message
        {
            get
            {
                string message = base.Message;
                return _paramName == null || _paramName.Length == 0 ? message : message + " (Parameter '" + _paramName + "')";
            }
        }
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.") { }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { }
        public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        private object _actualValue;

        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName) { _actualValue = actualValue; }

        public virtual object ActualValue { get { return _actualValue; } }

        public override string Message
        {
            get
            {
                string message = base.Message;
                return _actualValue == null ? message : message + "\nActual value was " + _actualValue.ToString() + ".";
            }
        }
    }

    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.") { }
        public InvalidOperationException(string message) : base(message) { }
        public InvalidOperationException(string message, Exception inner) : base(message, inner) { }
    }

    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.") { }
        public NotSupportedException(string message) : base(message) { }
    }

    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.") { }
        public NotImplementedException(string message) : base(message) { }
    }

    public class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.") { }
        public IndexOutOfRangeException(string message) : base(message) { }
    }

    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.") { }
        public NullReferenceException(string message) : base(message) { }
    }

    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.") { }
        public InvalidCastException(string message) : base(message) { }
    }

    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.") { }
        public ArithmeticException(string message) : base(message) { }
    }

    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.") { }
        public DivideByZeroException(string message) : base(message) { }
    }

    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.") { }
        public OverflowException(string message) : base(message) { }
    }

    public class MemberAccessException : SystemException
    {
        public MemberAccessException() : base("Cannot access member.") { }
        public MemberAccessException(string message) : base(message) { }
        public MemberAccessException(string message, Exception inner) : base(message, inner) { }
    }

    public class MissingMemberException : MemberAccessException
    {
        public MissingMemberException() : base("Attempted to access a missing member.") { }
        public MissingMemberException(string message) : base(message) { }
        public MissingMemberException(string message, Exception inner) : base(message, inner) { }
    }

    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.") { }
        public MissingMethodException(string message) : base(message) { }
        public MissingMethodException(string message, Exception inner) : base(message, inner) { }
    }

    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.") { }
        public FormatException(string message) : base(message) { }
        public FormatException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.") { }
        public OutOfMemoryException(string message) : base(message) { }
    }

    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { }
        public ArrayTypeMismatchException(string message) : base(message) { }
    }
}
