# unittest.main() with failures, an error and a failing subTest: status 1 and the summary
# line "FAILED (failures=2, errors=1)" last on stderr.
import unittest
class T(unittest.TestCase):
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        raise RuntimeError('boom')
    def test_ok(self):
        pass
    def test_sub_fail(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)
unittest.main()
