"""Package that re-exports names and tracks import order."""
order = []
from .inner import tool
from .inner.tool import helper as exported_helper
order.append("nsdemo")
