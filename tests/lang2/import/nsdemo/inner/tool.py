from .. import order
from . import __name__ as parent_name
order.append("nsdemo.inner.tool")
def helper():
    return f"helper from {__name__} (parent {parent_name})"
