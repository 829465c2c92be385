// Subscripts in native code (py/emitnative.c emit_native_load_subscr, _store_subscr): objects go
// through mp_obj_subscr; viper pointers (ptr8, ptr16, ptr32) load and store machine words directly,
// with an immediate index folded into the address where the architecture allows.

import { F } from "./asm.js";
import { VT, type VType, vtypeName } from "./emit-core.js";
import { NativeFrameEmitter } from "./emit-frame.js";

/** py/obj.h without MICROPY_DEBUG_MP_OBJ_SENTINELS. */
const MP_OBJ_SENTINEL = 4n;

export class NativeSubscrEmitter extends NativeFrameEmitter {
  protected loadSubscr(): void {
    const r = this.r;
    const as = this.as;
    let vtypeBase = this.peekVtype(1);
    if (vtypeBase === VT.PYOBJ) {
      const vtypeIndex = this.peekVtype(0);
      if (vtypeIndex === VT.PYOBJ) this.prePopReg(r.ARG_2);
      else {
        this.prePopReg(r.ARG_1);
        this.callWithImmArg(F.convert_native_to_obj, BigInt(vtypeIndex), r.ARG_2);
        as.movRegReg(r.ARG_2, r.RET);
      }
      this.prePopReg(r.ARG_1);
      this.callWithImmArg(F.obj_subscr, MP_OBJ_SENTINEL, r.ARG_3);
      this.postPushReg(VT.PYOBJ, r.RET);
      return;
    }
    const index = this.isImmInt(0);
    if (index !== null) {
      this.prePopDiscard();
      const regIndex = r.ARG_2;
      const p = this.prePopRegFlexible(r.ARG_1, regIndex, regIndex);
      vtypeBase = p.vtype;
      let base = p.reg;
      this.needRegSingle(r.RET, 0);
      const load = (size: 8 | 16 | 32) => {
        const off = size === 8 ? as.load8RegRegOffset : size === 16 ? as.load16RegRegOffset : as.load32RegRegOffset;
        if (off) return off.call(as, r.RET, base, Number(index));
        if (index !== 0n) {
          this.needRegSingle(regIndex, 0);
          as.movRegImm(regIndex, index << BigInt(size === 8 ? 0 : size === 16 ? 1 : 2));
          as.addRegReg(regIndex, base);
          base = regIndex;
        }
        if (size === 8) as.load8RegReg(r.RET, base);
        else if (size === 16) as.load16RegReg(r.RET, base);
        else as.load32RegReg(r.RET, base);
      };
      if (vtypeBase === VT.PTR8) load(8);
      else if (vtypeBase === VT.PTR16) load(16);
      else if (vtypeBase === VT.PTR32) load(32);
      else this.viperError(`can't load from '${vtypeName(vtypeBase)}'`);
    } else {
      const p = this.prePopRegFlexible(r.ARG_2, r.ARG_1, r.ARG_1);
      const regIndex = p.reg;
      vtypeBase = this.prePopReg(r.ARG_1);
      this.needRegSingle(r.RET, 0);
      if (p.vtype !== VT.INT && p.vtype !== VT.UINT) this.viperError(`can't load with '${vtypeName(p.vtype)}' index`);
      const load = (size: 8 | 16 | 32) => {
        const rrr = size === 8 ? as.load8RegRegReg : size === 16 ? as.load16RegRegReg : as.load32RegRegReg;
        if (rrr) return rrr.call(as, r.RET, r.ARG_1, regIndex);
        for (let i = 0; i < size / 8; i++) as.addRegReg(r.ARG_1, regIndex);
        if (size === 8) as.load8RegReg(r.RET, r.ARG_1);
        else if (size === 16) as.load16RegReg(r.RET, r.ARG_1);
        else as.load32RegReg(r.RET, r.ARG_1);
      };
      if (vtypeBase === VT.PTR8) load(8);
      else if (vtypeBase === VT.PTR16) load(16);
      else if (vtypeBase === VT.PTR32) load(32);
      else this.viperError(`can't load from '${vtypeName(vtypeBase)}'`);
    }
    this.postPushReg(VT.INT, r.RET);
  }

  protected storeSubscr(): void {
    const r = this.r;
    const as = this.as;
    let vtypeBase = this.peekVtype(1);
    if (vtypeBase === VT.PYOBJ) {
      const vtypeIndex = this.peekVtype(0);
      const vtypeValue = this.peekVtype(2);
      if (vtypeIndex !== VT.PYOBJ || vtypeValue !== VT.PYOBJ) {
        this.stackPointerForPop(r.ARG_1, 3);
        this.adjust(3);
      }
      this.prePopReg(r.ARG_2);
      this.prePopReg(r.ARG_1);
      this.prePopReg(r.ARG_3);
      this.call(F.obj_subscr);
      return;
    }
    const checkValue = (v: VType) => {
      if (v !== VT.BOOL && v !== VT.INT && v !== VT.UINT) this.viperError(`can't store '${vtypeName(v)}'`);
    };
    const index = this.isImmInt(0);
    if (index !== null) {
      this.prePopDiscard();
      const regIndex = r.ARG_2;
      let regValue = r.ARG_3;
      const p = this.prePopRegFlexible(r.ARG_1, regIndex, regValue);
      vtypeBase = p.vtype;
      let base = p.reg;
      let vtypeValue: VType;
      if (as.byteStoreFromFixedReg) vtypeValue = this.prePopReg(regValue);
      else {
        const q = this.prePopRegFlexible(regValue, base, regIndex);
        vtypeValue = q.vtype;
        regValue = q.reg;
      }
      checkValue(vtypeValue);
      const store = (size: 8 | 16 | 32) => {
        const off = size === 8 ? as.store8RegRegOffset : size === 16 ? as.store16RegRegOffset : as.store32RegRegOffset;
        if (off) return off.call(as, regValue, base, Number(index));
        if (index !== 0n) {
          as.movRegImm(regIndex, index << BigInt(size === 8 ? 0 : size === 16 ? 1 : 2));
          as.addRegReg(regIndex, base);
          base = regIndex;
        }
        if (size === 8) as.store8RegReg(regValue, base);
        else if (size === 16) as.store16RegReg(regValue, base);
        else as.store32RegReg(regValue, base);
      };
      if (vtypeBase === VT.PTR8) store(8);
      else if (vtypeBase === VT.PTR16) store(16);
      else if (vtypeBase === VT.PTR32) store(32);
      else this.viperError(`can't store to '${vtypeName(vtypeBase)}'`);
      return;
    }
    let regValue = r.ARG_3;
    const p = this.prePopRegFlexible(r.ARG_2, r.ARG_1, regValue);
    const regIndex = p.reg;
    vtypeBase = this.prePopReg(r.ARG_1);
    if (p.vtype !== VT.INT && p.vtype !== VT.UINT) this.viperError(`can't store with '${vtypeName(p.vtype)}' index`);
    let vtypeValue: VType;
    if (as.byteStoreFromFixedReg) vtypeValue = this.prePopReg(regValue);
    else {
      const q = this.prePopRegFlexible(regValue, r.ARG_1, regIndex);
      vtypeValue = q.vtype;
      regValue = q.reg;
    }
    checkValue(vtypeValue);
    const store = (size: 8 | 16 | 32) => {
      const rrr = size === 8 ? as.store8RegRegReg : size === 16 ? as.store16RegRegReg : as.store32RegRegReg;
      if (rrr) return rrr.call(as, regValue, r.ARG_1, regIndex);
      for (let i = 0; i < size / 8; i++) as.addRegReg(r.ARG_1, regIndex);
      if (size === 8) as.store8RegReg(regValue, r.ARG_1);
      else if (size === 16) as.store16RegReg(regValue, r.ARG_1);
      else as.store32RegReg(regValue, r.ARG_1);
    };
    if (vtypeBase === VT.PTR8) store(8);
    else if (vtypeBase === VT.PTR16) store(16);
    else if (vtypeBase === VT.PTR32) store(32);
    else this.viperError(`can't store to '${vtypeName(vtypeBase)}'`);
  }

}
