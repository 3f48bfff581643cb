# exit(n) ends the program with status n, after what was printed.
print('stopping')
exit(3)
print('not reached')
