__all__ = ["exists", "missing_name"]
exists = True
