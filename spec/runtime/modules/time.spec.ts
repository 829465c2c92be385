// The time module bound to a board's virtual clock: the README's blink example replayed through it,
// wrapping ticks and wall time.

import { describe, expect, it } from "vitest";
import { Board } from "../../../runtime/board/board.js";
import { ADC, Pin } from "../../../runtime/board/machine.js";
import { timeModule } from "../../../runtime/board/time.js";

describe("time on the virtual clock", () => {
  it("replays examples/blink.py: 4 toggles 500 ms apart, ticks_ms 2000", () => {
    const board = new Board().adc(0, [[0, 1000], [1_000_000, 3000]]);
    const time = timeModule(board);
    const led = new Pin(board, 2, Pin.OUT);
    const sensor = new ADC(board, 0);
    const readings: number[] = [];
    for (let i = 0; i < 4; i++) {
      led.toggle();
      readings.push(sensor.read_u16());
      time.sleep_ms(500);
    }
    expect(led.value()).toBe(0);
    expect(readings).toEqual([1000, 1000, 3000, 3000]);
    expect(time.ticks_ms()).toBe(2000);
    const toggles = board.log.of("pin", 2).map((e) => e.t_us);
    expect(toggles.slice(1).map((t, i) => t - toggles[i]!)).toEqual([500_000, 500_000, 500_000]);
  });

  it("measures elapsed time with wrapping ticks and keeps wall time", () => {
    const time = timeModule(new Board(), 1_700_000_000);
    const t0 = time.ticks_us();
    time.sleep(1.5);
    expect(time.ticks_diff(time.ticks_us(), t0)).toBe(1_500_000);
    expect(time.time()).toBe(1_700_000_001);
    expect(time.time_ns()).toBe(1_700_000_001_500_000_000n);
    expect(() => time.ticks_add(0, 2 ** 30)).toThrow("ticks interval overflow");
    expect(() => time.mktime([2024, 1, 1])).toThrow("mktime needs a tuple of length 8 or 9");
  });
});
