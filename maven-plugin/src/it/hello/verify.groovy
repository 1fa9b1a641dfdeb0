// The build wrote a native executable (and the assembly mcs compiled, and the map); run it as a user would.
def exe = new File(basedir, 'target/hello')
assert exe.canExecute()
assert new File(basedir, 'target/hello.exe').isFile()
assert new File(basedir, 'target/hello.map').text.contains('Hello::Main')

def run = [exe.path, 'Maven'].execute()
def out = run.text
run.waitFor()
assert out == 'Hello, Maven! (A,E,M,N,V)\n'
assert run.exitValue() == 1
return true
