from .. import order
order.append("nsdemo.inner")
