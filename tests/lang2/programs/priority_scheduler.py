# A job scheduler: jobs ordered with __lt__ in a heap, generator-based jobs, retries and a summary table.
class Job:
    counter = 0
    def __init__(self, name, priority, steps, fail_at=None):
        Job.counter += 1
        self.seq = Job.counter
        self.name, self.priority = name, priority
        self.gen = self.work(steps, fail_at)
        self.attempts = 0
        self.done = []
    def work(self, steps, fail_at):
        for i in range(steps):
            if i == fail_at:
                fail_at = None
                raise RuntimeError(f"{self.name} failed at step {i}")
            yield i
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f"Job({self.name}, p={self.priority})"
def schedule(jobs, max_attempts=2):
    heap = sorted(jobs)
    finished, failed = [], []
    while heap:
        job = heap.pop(0)
        try:
            step = next(job.gen)
            job.done.append(step)
            job.priority += 1
            heap.append(job)
            heap.sort()
        except StopIteration:
            finished.append(job.name)
        except RuntimeError as e:
            job.attempts += 1
            print("error:", e, "attempt", job.attempts)
            if job.attempts < max_attempts:
                job.gen = job.work(3, None)
                job.done.clear()
                heap.append(job)
                heap.sort()
            else:
                failed.append(job.name)
    return finished, failed
jobs = [Job("a", 2, 2), Job("b", 1, 3, fail_at=1), Job("c", 1, 1), Job("d", 5, 0)]
fin, fail = schedule(jobs)
print("finished", fin, "failed", fail)
for j in sorted(jobs, key=lambda j: j.name):
    print(f"{j.name:>3} {j.priority:>3} {j.attempts:>2} {j.done}")
print(sorted(jobs)[0], min(jobs), max(jobs, key=lambda j: len(j.done)))
