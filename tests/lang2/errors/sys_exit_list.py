# sys.exit([1, 2]): a non-int, non-None argument is printed to stderr and the status is 1.
import sys
print("exiting with a list")
sys.exit([1, 2])
