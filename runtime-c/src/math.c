/* math.c — System.Math over the C library (IEEE double semantics, as .NET). */
#include "runtime.h"
#include <math.h>

double kiln_icall_System_Math_Sqrt(double d) { return sqrt(d); }
double kiln_icall_System_Math_Pow(double x, double y) { return pow(x, y); }
double kiln_icall_System_Math_Floor(double d) { return floor(d); }
double kiln_icall_System_Math_Ceiling(double d) { return ceil(d); }
double kiln_icall_System_Math_Truncate(double d) { return trunc(d); }
double kiln_icall_System_Math_Exp(double d) { return exp(d); }
double kiln_icall_System_Math_Log(double d) { return log(d); }
double kiln_icall_System_Math_Log10(double d) { return log10(d); }
double kiln_icall_System_Math_Sin(double d) { return sin(d); }
double kiln_icall_System_Math_Cos(double d) { return cos(d); }
double kiln_icall_System_Math_Tan(double d) { return tan(d); }
double kiln_icall_System_Math_Atan(double d) { return atan(d); }
double kiln_icall_System_Math_Atan2(double y, double x) { return atan2(y, x); }
double kiln_icall_System_Math_Asin(double d) { return asin(d); }
double kiln_icall_System_Math_Acos(double d) { return acos(d); }
/* Math.Round rounds half to even by default (MidpointRounding.ToEven); rint does so in the default mode. */
double kiln_icall_System_Math_RoundToEven(double d) { return rint(d); }
