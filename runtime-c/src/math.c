/* math.c — System.Math and System.MathF over the C library (IEEE semantics, as .NET). */
#include "runtime.h"
#include <math.h>

double kiln_icall_System_Math_Sqrt(double d) { return sqrt(d); }
double kiln_icall_System_Math_Cbrt(double d) { return cbrt(d); }
double kiln_icall_System_Math_Pow(double x, double y) { return pow(x, y); }
double kiln_icall_System_Math_Floor(double d) { return floor(d); }
double kiln_icall_System_Math_Ceiling(double d) { return ceil(d); }
double kiln_icall_System_Math_Truncate(double d) { return trunc(d); }
double kiln_icall_System_Math_Exp(double d) { return exp(d); }
double kiln_icall_System_Math_Log(double d) { return log(d); }
double kiln_icall_System_Math_Log10(double d) { return log10(d); }
double kiln_icall_System_Math_Log2(double d) { return log2(d); }
double kiln_icall_System_Math_Sin(double d) { return sin(d); }
double kiln_icall_System_Math_Cos(double d) { return cos(d); }
double kiln_icall_System_Math_Tan(double d) { return tan(d); }
double kiln_icall_System_Math_Atan(double d) { return atan(d); }
double kiln_icall_System_Math_Atan2(double y, double x) { return atan2(y, x); }
double kiln_icall_System_Math_Asin(double d) { return asin(d); }
double kiln_icall_System_Math_Acos(double d) { return acos(d); }
double kiln_icall_System_Math_Sinh(double d) { return sinh(d); }
double kiln_icall_System_Math_Cosh(double d) { return cosh(d); }
double kiln_icall_System_Math_Tanh(double d) { return tanh(d); }
double kiln_icall_System_Math_Asinh(double d) { return asinh(d); }
double kiln_icall_System_Math_Acosh(double d) { return acosh(d); }
double kiln_icall_System_Math_Atanh(double d) { return atanh(d); }
double kiln_icall_System_Math_IEEERemainder(double x, double y) { return remainder(x, y); }
double kiln_icall_System_Math_FusedMultiplyAdd(double x, double y, double z) { return fma(x, y, z); }
double kiln_icall_System_Math_CopySign(double x, double y) { return copysign(x, y); }
double kiln_icall_System_Math_BitIncrement(double x) { return nextafter(x, INFINITY); }
double kiln_icall_System_Math_BitDecrement(double x) { return nextafter(x, -INFINITY); }
double kiln_icall_System_Math_ScaleB(double x, int32_t n) { return scalbn(x, n); }
/* .NET returns int.MaxValue for NaN and infinities and int.MinValue for zero, as C's FP_ILOGBNAN/FP_ILOGB0 on x64 */
int32_t kiln_icall_System_Math_ILogB(double x) {
    if (isnan(x) || isinf(x)) return INT32_MAX;
    if (x == 0) return INT32_MIN;
    return ilogb(x);
}
/* Math.Round rounds half to even by default (MidpointRounding.ToEven); rint does so in the default mode. */
double kiln_icall_System_Math_RoundToEven(double d) { return rint(d); }

float kiln_icall_System_MathF_Sqrt(float x) { return sqrtf(x); }
float kiln_icall_System_MathF_Cbrt(float x) { return cbrtf(x); }
float kiln_icall_System_MathF_Pow(float x, float y) { return powf(x, y); }
float kiln_icall_System_MathF_Floor(float x) { return floorf(x); }
float kiln_icall_System_MathF_Ceiling(float x) { return ceilf(x); }
float kiln_icall_System_MathF_Truncate(float x) { return truncf(x); }
float kiln_icall_System_MathF_Exp(float x) { return expf(x); }
float kiln_icall_System_MathF_Log(float x) { return logf(x); }
float kiln_icall_System_MathF_Log10(float x) { return log10f(x); }
float kiln_icall_System_MathF_Log2(float x) { return log2f(x); }
float kiln_icall_System_MathF_Sin(float x) { return sinf(x); }
float kiln_icall_System_MathF_Cos(float x) { return cosf(x); }
float kiln_icall_System_MathF_Tan(float x) { return tanf(x); }
float kiln_icall_System_MathF_Asin(float x) { return asinf(x); }
float kiln_icall_System_MathF_Acos(float x) { return acosf(x); }
float kiln_icall_System_MathF_Atan(float x) { return atanf(x); }
float kiln_icall_System_MathF_Atan2(float y, float x) { return atan2f(y, x); }
float kiln_icall_System_MathF_Sinh(float x) { return sinhf(x); }
float kiln_icall_System_MathF_Cosh(float x) { return coshf(x); }
float kiln_icall_System_MathF_Tanh(float x) { return tanhf(x); }
float kiln_icall_System_MathF_Asinh(float x) { return asinhf(x); }
float kiln_icall_System_MathF_Acosh(float x) { return acoshf(x); }
float kiln_icall_System_MathF_Atanh(float x) { return atanhf(x); }
float kiln_icall_System_MathF_IEEERemainder(float x, float y) { return remainderf(x, y); }
float kiln_icall_System_MathF_FusedMultiplyAdd(float x, float y, float z) { return fmaf(x, y, z); }
float kiln_icall_System_MathF_CopySign(float x, float y) { return copysignf(x, y); }
float kiln_icall_System_MathF_BitIncrement(float x) { return nextafterf(x, INFINITY); }
float kiln_icall_System_MathF_BitDecrement(float x) { return nextafterf(x, -INFINITY); }
float kiln_icall_System_MathF_ScaleB(float x, int32_t n) { return scalbnf(x, n); }
int32_t kiln_icall_System_MathF_ILogB(float x) {
    if (isnan(x) || isinf(x)) return INT32_MAX;
    if (x == 0) return INT32_MIN;
    return ilogbf(x);
}
float kiln_icall_System_MathF_RoundToEven(float x) { return rintf(x); }
