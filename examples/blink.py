# Blink an LED and report a reading from a sensor: the example the README compiles and runs.
from machine import Pin, ADC
import time

led = Pin(2, Pin.OUT)
sensor = ADC(0)


def average(samples):
    return sum(samples) // len(samples)


readings = []
for i in range(4):
    led.toggle()
    readings.append(sensor.read_u16())
    time.sleep_ms(500)

print("led is", "on" if led.value() else "off")
print("average reading:", average(readings))
print("elapsed ms:", time.ticks_ms())
