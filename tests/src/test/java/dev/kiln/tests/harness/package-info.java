/**
 * The end-to-end test harness: one discovery of test programs ({@link dev.kiln.tests.harness.Programs}), one header
 * grammar ({@link dev.kiln.tests.harness.Header}), one way to run Kiln ({@link dev.kiln.tests.harness.Kiln}) and
 * one rule for what a run must print and return ({@link dev.kiln.tests.harness.Expectation}). The runners in
 * {@code dev.kiln.tests} are thin JUnit classes over it, one per folder of programs:
 * <ul>
 * <li>{@code tests/programs/AREA/*.cs} — DifferentialTest ({@code [build]} and {@code [compile]}) and
 * ImageDifferentialTest; Mono is the oracle.</li>
 * <li>{@code tests/il-programs/*.il} — IlProgramsTest; Mono runs the same IL assembled against mscorlib.</li>
 * <li>{@code tests/async-programs/*.il} — RuntimeAsyncProgramsTest; Mono cannot run runtime async, so every
 * program names its expected output file. {@code Suspend.ilinc} is a prelude, not a program.</li>
 * <li>{@code tests/mixed-programs/NAME/} — MixedAsyncProgramsTest; a folder program.</li>
 * </ul>
 *
 * <h2>Programs</h2>
 * Under a runner's folder, at any depth, every {@code .cs} file and every {@code .il} file is a program, and every
 * folder holding a {@code Program.cs} is one program made of all its files (its entry point and header are in
 * {@code Program.cs}). Other files ({@code .out}, {@code .ilinc}, data) belong to the programs. A program of a
 * kind its folder's runner does not run is an error, never skipped. A program is named by its path under the
 * folder ({@code linq/QueryBasics.cs}); {@code -Dkiln.programs=linq/,conformance/Closure} runs only the programs
 * whose names start with one of the prefixes.
 *
 * <h2>Header grammar</h2>
 * The header is the run of {@code //} comment lines a program's source (a folder's {@code Program.cs}) starts
 * with; the first other line ends it. A header line is {@code // KEY: VALUE}; lines with other words are prose and
 * mean nothing. The keys:
 * <dl>
 * <dt>{@code args: a "b c"}</dt>
 * <dd>command-line arguments for every run of the program, Mono's and Kiln's; spaces separate, double quotes
 * group; several args lines add up. (Runtime-async programs get the suspension mode as a first argument before
 * these.)</dd>
 * <dt>{@code expect-stdout-file: NAME.out}</dt>
 * <dd>the expected stdout is that file's content (next to the source), not what Mono prints: for behaviour where
 * modern .NET and Mono differ, and for programs Mono cannot run. The oracle does not run.</dd>
 * <dt>{@code exit: N}</dt>
 * <dd>the expected exit code. Without it: Mono's exit code when Mono is the oracle, else 0. 134 (SIGABRT, how
 * .NET ends on an unhandled exception) also requires stderr to start with "Unhandled exception. ". Where Mono
 * itself dies of an unhandled exception, Kiln must fail with any non-zero code, reporting it the .NET way.</dd>
 * <dt>{@code stdin-file: NAME}</dt>
 * <dd>the program's standard input is that file (next to the source) in every run, Mono's and Kiln's; without it
 * standard input is empty (closed at once).</dd>
 * <dt>{@code env: NAME=value}</dt>
 * <dd>an environment variable set for every run, added to the test JVM's environment; several env lines add
 * up. The oracle's cache key covers the stdin file's content and these variables.</dd>
 * <dt>{@code tags: slow}</dt>
 * <dd>tags, separated by spaces or commas; {@code slow} programs run only with {@code -Dkiln.slow=true} or
 * {@code scripts/test --slow}; {@code not-in-images} programs are reported as skipped by ImageDifferentialTest (the
 * header's prose says what image mode lacks for them).</dd>
 * </dl>
 *
 * <h2>Running Kiln</h2>
 * {@link dev.kiln.tests.harness.Kiln#run} runs the CLI in the test JVM (through {@code KilnMain}, as
 * {@code CliErrorsTest} checks it); only the launcher script's own behaviour runs as a process
 * ({@link dev.kiln.tests.harness.Kiln#script}), as do the executables Kiln produces. Both set the compiled-object
 * cache to {@code tests/target/kiln-cache}: the system property {@code kiln.cache.dir} in the JVM, the environment
 * variable {@code KILN_CACHE_DIR} for the launcher.
 */
package dev.kiln.tests.harness;
