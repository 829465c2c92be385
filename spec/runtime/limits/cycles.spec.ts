// The board model that turns executed instructions into virtual time (runtime/board/cycles.ts): an
// RP2040 at 125 MHz by default; fractions of a microsecond carry over, and timers due on the way fire.

import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../../runtime/board/clock.js";
import { cyclesOf, ESP32, ExecutionClock, familyOf, meanCycles, RP2040 } from "../../../runtime/board/cycles.js";

describe("virtual time from executed instructions", () => {
  it("an RP2040 at 125 MHz runs a few hundred thousand to a million simple bytecodes a second", () => {
    const perSecond = RP2040.hz / meanCycles(RP2040);
    expect(perSecond).toBeGreaterThan(300_000);
    expect(perSecond).toBeLessThan(2_000_000);
    // The ESP32 model is faster.
    expect(ESP32.hz / meanCycles(ESP32)).toBeGreaterThan(perSecond);
  });

  it("opcodes fall in their families: a call costs more than a local load", () => {
    expect(familyOf(0xb0)).toBe("load-store"); // LOAD_FAST_MULTI 0
    expect(familyOf(0x34)).toBe("call"); // CALL_FUNCTION
    expect(familyOf(0x42)).toBe("jump"); // JUMP
    expect(cyclesOf(RP2040, 0x34)).toBeGreaterThan(cyclesOf(RP2040, 0xb0));
  });

  it("advances the clock by whole microseconds, carrying the rest, and fires timers on the way", () => {
    const clock = new VirtualClock();
    const exec = new ExecutionClock(clock, RP2040);
    const fired: number[] = [];
    clock.schedule(1000, () => fired.push(clock.us));
    // Whole microseconds pass; the fraction carries to the next call, so many small calls add up exactly.
    const exact = (n: number) => Math.floor((n * meanCycles(RP2040) * 1e6) / RP2040.hz);
    for (let i = 1; i <= 7; i++) {
      exec.executedInstructions(1);
      expect(clock.us).toBe(exact(i));
    }
    const oneSecond = Math.round(RP2040.hz / meanCycles(RP2040));
    for (let i = 0; i < 1000; i++) exec.executedInstructions(Math.floor(oneSecond / 1000));
    expect(clock.us).toBeGreaterThan(990_000);
    expect(clock.us).toBeLessThanOrEqual(1_000_010);
    expect(fired).toEqual([1000]);
  });
});
