__all__ = ["shown", "also_shown"]
shown = 1
also_shown = 2
not_in_all = 3
_private = 4
