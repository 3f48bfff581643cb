# A typical modern, fully annotated script: typing imports, unions, generics, NamedTuple-free records, match.
from typing import Iterator, Optional
class Task:
    def __init__(self, title: str, priority: int = 3, tags: Optional[list[str]] = None) -> None:
        self.title = title
        self.priority = priority
        self.tags: list[str] = tags or []
        self.done: bool = False
    def __repr__(self) -> str:
        mark = "x" if self.done else " "
        return f"[{mark}] {self.title} (p{self.priority}{', ' + ', '.join(self.tags) if self.tags else ''})"
class TodoList:
    def __init__(self) -> None:
        self.tasks: dict[int, Task] = {}
        self.next_id: int = 1
    def add(self, title: str, priority: int = 3, *tags: str) -> int:
        tid = self.next_id
        self.tasks[tid] = Task(title, priority, list(tags))
        self.next_id += 1
        return tid
    def find(self, tid: int) -> Task | None:
        return self.tasks.get(tid)
    def pending(self) -> Iterator[tuple[int, Task]]:
        for tid, t in sorted(self.tasks.items(), key=lambda kv: (kv[1].priority, kv[0])):
            if not t.done:
                yield tid, t
    def run(self, command: str) -> str:
        match command.split():
            case ["add", title, *rest]:
                prio = int(rest[0]) if rest and rest[0].isdigit() else 3
                tags = rest[1:] if rest and rest[0].isdigit() else rest
                return f"added #{self.add(title, prio, *tags)}"
            case ["done", tid] if tid.isdigit():
                task = self.find(int(tid))
                if task is None:
                    return f"no task #{tid}"
                task.done = True
                return f"completed {task.title}"
            case ["list"]:
                return "\n".join(f"#{i} {t}" for i, t in self.pending()) or "nothing to do"
            case _:
                return f"unknown command {command!r}"
todo = TodoList()
for cmd in ["add write-tests 1 urgent", "add review", "add deploy 2 ops prod", "list", "done 1", "done 9",
            "done x", "list", "frobnicate", "done 2", "done 3", "list"]:
    print(f"> {cmd}\n{todo.run(cmd)}")
print(TodoList.add.__annotations__["return"], Task.__init__.__annotations__["tags"])
