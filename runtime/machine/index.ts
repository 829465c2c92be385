// The `machine` module for one board: its classes with the board bound in and its functions, as
// the VM's module registry exposes them, plus the host-side entry points (scripting, the event log).

import { Board } from "./board.js";
import { I2C, SPI, UART } from "./buses.js";
import { ADC, Pin, PWM, Signal } from "./machine.js";
import { machineFunctions, RESET_CAUSE, RTC, Timer, WDT, type TimerInit } from "./timers.js";

export { Board, MachineHalt } from "./board.js";
export type { I2CDevice, SpiDevice } from "./board.js";
export { formatEvent, formatTrace, type HwEvent } from "./events.js";
export { MachineError } from "./machine.js";

export function machineModule(board: Board) {
  return {
    Pin: Object.assign((id: number | string, mode?: number, pull?: number | null, value?: number) => new Pin(board, id, mode, pull, value), {
      IN: Pin.IN, OUT: Pin.OUT, OPEN_DRAIN: Pin.OPEN_DRAIN, ALT: Pin.ALT, PULL_UP: Pin.PULL_UP, PULL_DOWN: Pin.PULL_DOWN,
      IRQ_FALLING: Pin.IRQ_FALLING, IRQ_RISING: Pin.IRQ_RISING,
    }),
    Signal: (pin: Pin, invert = false) => new Signal(pin, invert),
    PWM: (pin: Pin, opts?: { freq?: number; duty_u16?: number; duty_ns?: number }) => new PWM(board, pin, opts),
    // ADC(0) names a channel, ADC(Pin(26)) the pin it reads.
    ADC: (src: number | string | Pin) => new ADC(board, src instanceof Pin ? src.id : src),
    I2C: (bus = 0, freq?: number) => new I2C(board, bus, freq),
    SPI: (bus = 0, baudrate?: number) => new SPI(board, bus, baudrate),
    UART: (id: number, baudrate?: number) => new UART(board, id, baudrate),
    Timer: Object.assign((id = -1, opts?: TimerInit) => new Timer(board, id, opts), { ONE_SHOT: Timer.ONE_SHOT, PERIODIC: Timer.PERIODIC }),
    RTC: () => new RTC(board),
    WDT: (id = 0, timeout = 5000) => new WDT(board, timeout),
    ...RESET_CAUSE,
    ...machineFunctions(board),
  };
}

/** Times between successive events that set pin `id` to `value` (or any value): for "toggles every N ms". */
export function pinIntervals(board: Board, id: number | string, value?: number): number[] {
  const t = board.log.of("pin", id).filter((e) => value === undefined || e.value === value).map((e) => e.t_us);
  return t.slice(1).map((x, i) => x - t[i]!);
}
