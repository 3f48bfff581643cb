# Float arithmetic: a Mandelbrot set rendered to a character count.
def mandel(w, h, max_iter):
    inside = 0
    for py in range(h):
        y0 = py * 2.0 / h - 1.0
        for px in range(w):
            x0 = px * 3.0 / w - 2.0
            x = y = 0.0
            n = 0
            while n < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                n += 1
            if n == max_iter:
                inside += 1
    return inside
print("inside", mandel(640, 320, 100))
