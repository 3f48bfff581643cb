# unittest: a passing suite (fixtures, cleanups, subTest, skip, expectedFailure, assertRaises
# as a context manager, assertion messages); the report goes to stderr, the status is 0.
import unittest

class Widget:
    def __init__(self, n): self.n = n
    def size(self): return self.n * 2

class TestWidget(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')
    @classmethod
    def tearDownClass(cls):
        print('tearDownClass')
    def setUp(self):
        self.w = Widget(3)
        print('setUp', self._testMethodName)
    def tearDown(self):
        print('tearDown')
    def test_size(self):
        self.assertEqual(self.w.size(), 6)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print('caught', cm.exception)
        self.assertRaises(KeyError, {}.__getitem__, 'x')
        with self.assertRaisesRegex(ValueError, 'inv.lid'):
            int('invalid')
    def test_misc(self):
        self.assertTrue(1); self.assertFalse(0); self.assertIn(1, [1]); self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertIsInstance(1, int); self.assertGreater(2, 1); self.assertRegex('abc', 'b')
        self.addCleanup(print, 'cleanup ran')
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 5)
    @unittest.skip('not now')
    def test_skipped(self):
        print('never')
    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)
    def test_messages(self):
        for f, args in [(self.assertEqual, (1, 2)), (self.assertTrue, (0,)),
                        (self.assertIn, (3, [1])), (self.assertIs, (None, 1)), (self.assertIsNone, (5,)),
                        (self.assertAlmostEqual, (1.0, 1.1)), (self.assertGreater, (1, 2)),
                        (self.assertNotEqual, (1, 1)), (self.assertIsInstance, (1, str))]:
            try:
                f(*args)
            except AssertionError as e:
                print('msg:', e)
        try:
            with self.assertRaises(ValueError):
                pass
        except AssertionError as e:
            print('msg:', e)

class TestOther(unittest.TestCase):
    def test_one(self):
        self.assertEqual(sorted([3, 1]), [1, 3])

if __name__ == '__main__':
    unittest.main()
