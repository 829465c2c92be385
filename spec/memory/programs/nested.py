grid = [[0] * 10 for i in range(10)]
#---
for y in range(10):
    for x in range(10):
        grid[y][x] = x * y
#---
flat = [v for row in grid for v in row]
#---
tbl = {i: [i] * i for i in range(10)}
