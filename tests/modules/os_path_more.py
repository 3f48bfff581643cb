# os.path: relpath, commonpath, expanduser, expandvars and the small posixpath helpers.
import os.path as p, os
print(p.relpath('/a/b/c', '/a/x'), p.relpath('a/b', 'a'), p.relpath('/a', '/a'), p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c']))
home = os.getenv('HOME')
if home:
    print(p.expandvars('$HOME/x') == home + '/x', p.expanduser('~/f') == home.rstrip('/') + '/f')
print(p.expandvars('${NOPE_VAR}/y $'), p.expanduser('~other/x'), p.expanduser('x~'))
print(p.splitdrive('/a/b'), p.normcase('A/B'), p.islink('.'), p.lexists('.'), p.ismount('/'), p.realpath('.') == os.getcwd(), p.samefile('.', os.getcwd()), p.pathsep, p.devnull, type(p.getmtime('.')).__name__)
for bad in [[], ['/a', 'b']]:
    try: p.commonpath(bad)
    except ValueError as e: print(e)
try: p.relpath('')
except ValueError as e: print(e)
