# sys.exit("message"): the message goes to stderr and the status is 1.
import sys
print("about to fail")
try:
    sys.exit(4)
except SystemExit as e:
    print("caught first exit", e.code)
sys.exit("fatal: configuration missing")
