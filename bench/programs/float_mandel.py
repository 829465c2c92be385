# Float arithmetic: escape-time Mandelbrot on a grid, counting iterations (like perf_bench's
# misc_mandel, with floats instead of complex numbers).


def mandel(w, h, limit):
    total = 0
    for py in range(h):
        ci = py * 2.4 / h - 1.2
        for px in range(w):
            cr = px * 3.2 / w - 2.3
            zr = 0.0
            zi = 0.0
            i = 0
            while i < limit and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            total += i
    return total


print(mandel(120, 80, 60))
