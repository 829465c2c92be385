// The `machine` module as Python sees it: each class of runtime/board wrapped as a native class
// over one run's Board, with keyword arguments as MicroPython's make_new functions take them
// (ports/rp2 machine_pin.c, extmod/machine_*.c). Python callbacks (Pin.irq, Timer) run as soft
// IRQs do, through the scheduler (py/scheduler.c): an uncaught exception prints its traceback and
// the program goes on.

import type { Board } from "../board/board.js";
import { I2C, SPI, UART } from "../board/buses.js";
import { ADC, Pin, type PinLike, PWM, Signal } from "../board/machine.js";
import { machineFunctions, RESET_CAUSE, RTC, Timer, WDT, type TimerInit } from "../board/timers.js";
import { checkArgCount } from "../objects/args.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { timePulseUs } from "../board/pulse.js";
import { runAllPending, schedule } from "../vm/scheduler.js";
import { PyInstance, PyList, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { callValue, getAttr } from "../objects/call.js";
import { asInt, truthy } from "../objects/ops.js";
import { typeName } from "../objects/repr.js";
import { EAGAIN, EINVAL } from "../board/fs.js";
import { IOCTL_CLOSE, IOCTL_FLUSH, IOCTL_POLL, POLL_RD, POLL_WR, Stream } from "./stream.js";
import { arg, buf, bytes, int, jsFn, NativeObject, nativeClass, ns, num, strOrBuf, tuple, wrapperOf } from "../objects/native.js";
import { toArray } from "../objects/iter.js";
import { osError } from "../lib/host-error.js";
import { refuseBeyondHeap } from "../memory/bounds.js";

/**
 * A byte count a bus read allocates (vstr_init_len in extmod/machine_i2c.c, machine_spi.c): one the
 * heap could never hold is MemoryError before the host makes it; a negative one is a huge size_t there.
 */
function readCount(v: Value): number {
  const n = int(v);
  refuseBeyondHeap(n < 0 ? 2 ** 32 + n : n + 1);
  return n;
}

/**
 * A Python callable as a JS callback (mp_irq_dispatch of a soft IRQ): queued on the scheduler with
 * the Python object behind the JS argument, dropped if the queue is full. The interrupt comes
 * while the board waits or drives a pin, both points where MicroPython's VM checks for pending
 * callbacks, so the queue runs at once unless a callback is already running.
 */
export function softIrq(f: Value): (js: unknown) => void {
  return (js) => {
    schedule(f, wrapperOf(js));
    runAllPending();
  };
}

const none = (v: unknown): Value => (v === undefined ? null : (v as Value));
const optInt = (v: Value): number | undefined => (v === undefined || v === null ? undefined : int(v));
const pinId = (v: Value): number | string => (typeof v === "string" ? v : int(v));

export function machineNamespace(board: Board): Namespace {
  const PIN = nativeClass<Pin>("Pin", {
    make: (a, kw) => {
      const mode = arg(a, 1, kw, "mode");
      const pull = arg(a, 2, kw, "pull");
      const value = arg(a, 3, kw, "value");
      return new Pin(board, pinId(a[0] ?? null), optInt(mode), pull === undefined ? undefined : pull === null ? null : int(pull), optInt(value));
    },
    methods: {
      init: (p, a, kw) => {
        const pull = arg(a, 1, kw, "pull");
        p.init(optInt(arg(a, 0, kw, "mode")), pull === undefined ? undefined : pull === null ? null : int(pull), optInt(arg(a, 2, kw, "value")));
        return null;
      },
      value: (p, a) => none(p.value(a.length ? a[0] : undefined)),
      on: (p) => (p.on(), null),
      off: (p) => (p.off(), null),
      high: (p) => (p.on(), null),
      low: (p) => (p.off(), null),
      toggle: (p) => (p.toggle(), null),
      irq: (p, a, kw) => {
        const handler = arg(a, 0, kw, "handler") ?? null;
        const trigger = optInt(arg(a, 1, kw, "trigger")) ?? Pin.IRQ_FALLING | Pin.IRQ_RISING;
        p.irq(handler === null ? null : softIrq(handler), trigger);
        return null;
      },
      mode: (p, a) => (a.length ? (p.init(int(a[0])), null) : p.mode),
      pull: (p, a) => (a.length ? (p.init(undefined, a[0] === null ? null : int(a[0])), null) : p.pull),
    },
    call: (p, a) => none(p.value(a.length ? a[0] : undefined)),
    consts: { IN: Pin.IN, OUT: Pin.OUT, OPEN_DRAIN: Pin.OPEN_DRAIN, ALT: Pin.ALT, PULL_UP: Pin.PULL_UP, PULL_DOWN: Pin.PULL_DOWN, IRQ_FALLING: Pin.IRQ_FALLING, IRQ_RISING: Pin.IRQ_RISING },
    repr: (p) => `Pin(${typeof p.id === "number" ? `GPIO${p.id}` : p.id}, mode=${["IN", "OUT", "OPEN_DRAIN", "ALT"][p.mode]}${p.pull === Pin.PULL_UP ? ", pull=PULL_UP" : p.pull === Pin.PULL_DOWN ? ", pull=PULL_DOWN" : ""})`,
  });

  // A pin given as a Pin object, or as the arguments that make one.
  const pinOf = (v: Value): Pin => (v instanceof NativeObject && v.type === PIN ? (v.js as Pin) : new Pin(board, pinId(v)));

  // machine.PinBase: a pin written in Python; a Signal over one calls its value() method
  // (extmod/machine_pinbase.c and the virtual pin protocol).
  const PINBASE = nativeClass<object>("PinBase", { make: () => ({}) });
  const pythonPin = (v: Value): PinLike | null => {
    if (!(v instanceof PyInstance && v.type.isSubtypeOf(PINBASE))) return null;
    // Reads are the method's int; writes pass True or False (extmod/machine_pinbase.c).
    return {
      value: (x?: unknown) => {
        if (x !== undefined) return callValue(getAttr(v, "value"), [x !== 0 && x !== false], null);
        const r = callValue(getAttr(v, "value"), [], null);
        const i = asInt(r);
        if (i === null) throw typeError(`can't convert ${typeName(r)} to int`);
        return Number(i);
      },
    };
  };

  const SIGNAL = nativeClass<Signal>("Signal", {
    make: (a, kw) => {
      const invert = arg([], 0, kw, "invert");
      const pin = a.length > 1 ? new Pin(board, pinId(a[0]!), optInt(a[1]), optInt(a[2])) : (pythonPin(a[0] ?? null) ?? pinOf(a[0] ?? null));
      return new Signal(pin, invert === true || (invert !== undefined && invert !== null && invert !== false && invert !== 0));
    },
    methods: {
      value: (s, a) => none(s.value(a.length ? a[0] : undefined)),
      on: (s) => (s.on(), null),
      off: (s) => (s.off(), null),
    },
    call: (s, a) => none(s.value(a.length ? a[0] : undefined)),
  });

  const PWM_T = nativeClass<PWM>("PWM", {
    make: (a, kw) => {
      const freq = arg(a, 1, kw, "freq");
      const duty = arg(a, 2, kw, "duty_u16");
      const dutyNs = arg([], 0, kw, "duty_ns");
      return new PWM(board, pinOf(a[0] ?? null), {
        ...(freq !== undefined ? { freq: int(freq) } : {}),
        ...(duty !== undefined ? { duty_u16: int(duty) } : {}),
        ...(dutyNs !== undefined ? { duty_ns: int(dutyNs) } : {}),
      });
    },
    methods: {
      init: (p, a, kw) => {
        const freq = arg(a, 0, kw, "freq");
        const duty = arg(a, 1, kw, "duty_u16");
        if (freq !== undefined) p.freq(int(freq));
        if (duty !== undefined) p.duty_u16(int(duty));
        return null;
      },
      freq: (p, a) => none(p.freq(a.length ? int(a[0]) : undefined)),
      duty_u16: (p, a) => none(p.duty_u16(a.length ? int(a[0]) : undefined)),
      duty_ns: (p, a) => none(p.duty_ns(a.length ? int(a[0]) : undefined)),
      deinit: (p) => (p.deinit(), null),
    },
  });

  const ADC_T = nativeClass<ADC>("ADC", {
    make: (a) => {
      const src = a[0] ?? null;
      return new ADC(board, src instanceof NativeObject && src.type === PIN ? (src.js as Pin).id : pinId(src));
    },
    methods: { read_u16: (adc) => adc.read_u16() },
  });

  const I2C_T = nativeClass<I2C>("I2C", {
    make: (a, kw) => new I2C(board, optInt(arg(a, 0, kw, "id")) ?? 0, optInt(arg([], 0, kw, "freq"))),
    methods: {
      scan: (i) => new PyList(i.scan()),
      writeto: (i, a) => i.writeto(int(a[0]), buf(a[1])),
      readfrom: (i, a) => bytes(i.readfrom(int(a[0]), readCount(a[1]!))),
      readfrom_into: (i, a) => (i.readfrom_into(int(a[0]), buf(a[1])), null),
      readfrom_mem: (i, a) => bytes(i.readfrom_mem(int(a[0]), int(a[1]), readCount(a[2]!))),
      readfrom_mem_into: (i, a) => (i.readfrom_mem_into(int(a[0]), int(a[1]), buf(a[2])), null),
      writeto_mem: (i, a) => (i.writeto_mem(int(a[0]), int(a[1]), buf(a[2])), null),
    },
    repr: (i) => `I2C(${i.bus}, freq=${i.freq})`,
  });

  const SPI_T = nativeClass<SPI>("SPI", {
    make: (a, kw) => new SPI(board, optInt(arg(a, 0, kw, "id")) ?? 0, optInt(arg(a, 1, kw, "baudrate"))),
    methods: {
      init: () => null,
      deinit: () => null,
      write: (s, a) => (s.write(buf(a[0])), null),
      read: (s, a, kw) => bytes(s.read(readCount(a[0]!), optInt(arg(a, 1, kw, "write")) ?? 0)),
      readinto: (s, a, kw) => (s.readinto(buf(a[0]), optInt(arg(a, 1, kw, "write")) ?? 0), null),
      write_readinto: (s, a) => (s.write_readinto(buf(a[0]), buf(a[1])), null),
    },
    consts: { MSB: 0, LSB: 1 },
  });

  const UART_T = nativeClass<UartStream>("UART", {
    make: (a, kw) => new UartStream(new UART(board, int(arg(a, 0, kw, "id") ?? 0), optInt(arg(a, 1, kw, "baudrate")))),
    methods: {
      init: () => null,
      deinit: () => null,
      write: (u, a) => u.uart.write(strOrBuf(a[0] ?? null)),
      any: (u) => u.uart.any(),
      read: (u, a) => {
        const r = u.uart.read(optInt(a[0]));
        return r ? bytes(r) : null;
      },
      readline: (u) => {
        const r = u.uart.readline();
        return r ? bytes(r) : null;
      },
      readinto: (u, a) => {
        const b = buf(a[0]);
        return u.uart.readinto(a.length > 1 ? b.subarray(0, int(a[1])) : b);
      },
      flush: () => null,
      txdone: () => true,
    },
    repr: (u) => `UART(${u.uart.id}, baudrate=${u.uart.baudrate})`,
  });

  const timerInit = (a: Value[], kw: KwArgs | null): TimerInit => {
    if (a.length) throw typeError("function takes 1 positional arguments but " + (a.length + 1) + " were given");
    const mode = arg([], 0, kw, "mode");
    const period = arg([], 0, kw, "period");
    const freq = arg([], 0, kw, "freq");
    const callback = arg([], 0, kw, "callback");
    return {
      ...(mode !== undefined ? { mode: int(mode) } : {}),
      ...(period !== undefined ? { period: num(period) } : {}),
      ...(freq !== undefined ? { freq: num(freq) } : {}),
      ...(callback !== undefined && callback !== null ? { callback: softIrq(callback) } : {}),
    };
  };
  const TIMER = nativeClass<Timer>("Timer", {
    make: (a, kw) => {
      const id = optInt(arg(a, 0, kw, "id")) ?? -1;
      const t = new Timer(board, id);
      // Initialised only if given settings, as machine_timer_make_new does.
      if (kw && kw.some(([k]) => k !== "id")) t.init(timerInit(a.slice(1), kw.filter(([k]) => k !== "id")));
      return t;
    },
    methods: {
      init: (t, a, kw) => (t.init(timerInit(a, kw)), null),
      deinit: (t) => (t.deinit(), null),
    },
    consts: { ONE_SHOT: Timer.ONE_SHOT, PERIODIC: Timer.PERIODIC },
  });

  const RTC_T = nativeClass<RTC>("RTC", {
    make: () => new RTC(board),
    methods: {
      datetime: (r, a) => {
        if (!a.length) return tuple(r.datetime()!);
        r.datetime(toArray(a[0]!).map(int));
        return null;
      },
      init: (r, a) => (r.datetime(toArray(a[0]!).map(int)), null),
    },
  });

  const WDT_T = nativeClass<WDT>("WDT", {
    make: (a, kw) => {
      if (optInt(arg(a, 0, kw, "id")) ?? 0) throw valueError("WDT(0) only");
      return new WDT(board, optInt(arg(a, 1, kw, "timeout")) ?? 5000);
    },
    methods: { feed: (w) => (w.feed(), null) },
  });

  const f = machineFunctions(board);
  const funcs = {
    // time_pulse_us(pin, pulse_level, timeout_us=1000000): a Pin (or its id) or a PinBase.
    time_pulse_us: jsFn("time_pulse_us", (a, kw) => {
      checkArgCount(a, kw, 2, 3);
      const virtual = pythonPin(a[0]!);
      const pin = virtual ?? pinOf(a[0]!);
      const read = () => Number(pin.value());
      return timePulseUs(board, read, truthy(a[1]!) ? 1 : 0, a.length > 2 ? int(a[2]) : 1000000, virtual === null);
    }),
    freq: jsFn("freq", (a) => none(f.freq(a.length ? int(a[0]) : undefined))),
    unique_id: jsFn("unique_id", () => bytes(f.unique_id())),
    reset_cause: jsFn("reset_cause", () => f.reset_cause()),
    reset: jsFn("reset", () => f.reset()),
    soft_reset: jsFn("soft_reset", () => f.soft_reset()),
    idle: jsFn("idle", () => (f.idle(), null)),
    lightsleep: jsFn("lightsleep", (a) => (f.lightsleep(optInt(a[0])), null)),
    deepsleep: jsFn("deepsleep", (a) => f.deepsleep(optInt(a[0]))),
    disable_irq: jsFn("disable_irq", () => f.disable_irq()),
    enable_irq: jsFn("enable_irq", (a) => (f.enable_irq(a.length ? int(a[0]) : 1), null)),
    bootloader: jsFn("bootloader", () => f.reset()),
  };

  return ns("machine", {
    Pin: PIN,
    Signal: SIGNAL,
    PinBase: PINBASE,
    PWM: PWM_T,
    ADC: ADC_T,
    I2C: I2C_T,
    SoftI2C: I2C_T,
    SPI: SPI_T,
    SoftSPI: SPI_T,
    UART: UART_T,
    Timer: TIMER,
    RTC: RTC_T,
    WDT: WDT_T,
    ...RESET_CAUSE,
    ...funcs,
  });
}

/**
 * A UART is a stream, as machine_uart.c makes it: select/poll can wait on it (readable once bytes have
 * arrived, always writable), print(file=uart) and the stream functions write to it, and a read with
 * nothing buffered is EAGAIN (a board whose timeout has passed).
 */
class UartStream extends Stream {
  readonly isText = false;
  constructor(readonly uart: UART) {
    super();
  }
  override read(into: Uint8Array): number {
    const got = this.uart.readinto(into);
    if (got === null) throw osError(EAGAIN);
    return got;
  }
  override write(data: Uint8Array): number {
    return this.uart.write(data);
  }
  override ioctl(request: number, arg: number): number {
    if (request === IOCTL_POLL) return ((this.uart.any() > 0 ? POLL_RD : 0) | POLL_WR) & arg;
    if (request === IOCTL_FLUSH || request === IOCTL_CLOSE) return 0;
    throw osError(EINVAL);
  }
}
