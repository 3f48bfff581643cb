# reversed() over the sequence protocol (__len__ and __getitem__): an IndexError or
# StopIteration from __getitem__ ends the iteration, as it does for iter().
class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return i * 10


class StopSeq(Seq):
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(reversed(Seq())), list(Seq()), list(reversed(StopSeq())))
