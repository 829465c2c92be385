class Sensor:
    def __init__(self, name):
        self.name = name
        self.readings = []
    def add(self, v):
        self.readings.append(v)
#---
sensors = [Sensor('s%d' % i) for i in range(5)]
#---
for s in sensors:
    for v in range(20):
        s.add(v)
#---
report = {s.name: sum(s.readings) for s in sensors}
#---
sensors = None
