# exit() and quit() raise SystemExit as in CPython (site adds them); the status is the code.
try:
    exit()
except SystemExit as e:
    print('exit()', e.code)
try:
    quit(2)
except SystemExit as e:
    print('quit(2)', e.code)
try:
    exit('message')
except SystemExit as e:
    print('exit(str)', e.code)
