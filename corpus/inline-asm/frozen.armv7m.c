#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 2
#error "incompatible MICROPY_LONGINT_IMPL"
#endif

#if MPZ_DIG_SIZE != 16
#error "incompatible MPZ_DIG_SIZE"
#endif

#if MICROPY_PY_BUILTINS_FLOAT
typedef struct _mp_obj_float_t {
    mp_obj_base_t base;
    mp_float_t value;
} mp_obj_float_t;
#endif

#if MICROPY_PY_BUILTINS_COMPLEX
typedef struct _mp_obj_complex_t {
    mp_obj_base_t base;
    mp_float_t real;
    mp_float_t imag;
} mp_obj_complex_t;
#endif

enum {
    MP_QSTR_a = MP_QSTRnumber_of,
    MP_QSTR_add3,
    MP_QSTR_array,
    MP_QSTR_big,
    MP_QSTR_bits,
    MP_QSTR_clamp,
    MP_QSTR_divide,
    MP_QSTR_far,
    MP_QSTR_i,
    MP_QSTR_leading,
    MP_QSTR_nested,
    MP_QSTR_nothing,
    MP_QSTR_sum_words,
    MP_QSTR_table,
    MP_QSTR_thumb_dot_py,
    MP_QSTR_thumb2_dot_py,
    MP_QSTR_truth,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    247,
    124,
    233,
    73,
    246,
    86,
    240,
    204,
    41,
    8,
    248,
    204,
    123,
    164,
    246,
    10,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    4,
    5,
    3,
    4,
    5,
    6,
    3,
    1,
    7,
    6,
    7,
    9,
    5,
    8,
    9,
    5,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    17, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "a",
        "add3",
        "array",
        "big",
        "bits",
        "clamp",
        "divide",
        "far",
        "i",
        "leading",
        "nested",
        "nothing",
        "sum_words",
        "table",
        "thumb.py",
        "thumb2.py",
        "truth",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module thumb
// - original source file: thumb.armv7m.mpy
// - frozen file name: thumb.py
// - .mpy header: 4d:06:17:1f

// frozen bytecode for file thumb.py, scope thumb__lt_module_gt_
static const byte fun_data_thumb__lt_module_gt_[132] = {
    0x38,0x28, // prelude
    0x01, // names: <module>
    0x40,0x66,0x64,0x60,0x84,0x10,0x84,0x09,0x84,0x0b,0x84,0x0d,0x64,0x40,0x84,0x08,0x30,0x1f,0x2e, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'array'
    0x16,0x02, // STORE_NAME 'array'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x04, // STORE_NAME 'add3'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x05, // STORE_NAME 'sum_words'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x06, // STORE_NAME 'bits'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x07, // STORE_NAME 'nested'
    0x32,0x04, // MAKE_FUNCTION 4
    0x16,0x08, // STORE_NAME 'table'
    0x32,0x05, // MAKE_FUNCTION 5
    0x16,0x09, // STORE_NAME 'nothing'
    0x32,0x06, // MAKE_FUNCTION 6
    0x16,0x0a, // STORE_NAME 'truth'
    0x11,0x02, // LOAD_NAME 'array'
    0x14,0x02, // LOAD_METHOD 'array'
    0x10,0x03, // LOAD_CONST_STRING 'i'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x84, // LOAD_CONST_SMALL_INT 4
    0x2b,0x04, // BUILD_LIST 4
    0x36,0x02, // CALL_METHOD 2
    0x16,0x0b, // STORE_NAME 'a'
    0x11,0x0c, // LOAD_NAME 'print'
    0x11,0x04, // LOAD_NAME 'add3'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x03, // CALL_FUNCTION 3
    0x11,0x05, // LOAD_NAME 'sum_words'
    0x11,0x0b, // LOAD_NAME 'a'
    0x11,0x0d, // LOAD_NAME 'len'
    0x11,0x0b, // LOAD_NAME 'a'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x11,0x06, // LOAD_NAME 'bits'
    0x22,0x81,0x2b, // LOAD_CONST_SMALL_INT 171
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x07, // LOAD_NAME 'nested'
    0x85, // LOAD_CONST_SMALL_INT 5
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x09, // LOAD_NAME 'nothing'
    0x34,0x00, // CALL_FUNCTION 0
    0x11,0x0a, // LOAD_NAME 'truth'
    0x87, // LOAD_CONST_SMALL_INT 7
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x06, // CALL_FUNCTION 6
    0x59, // POP_TOP
    0x11,0x0c, // LOAD_NAME 'print'
    0x11,0x08, // LOAD_NAME 'table'
    0x11,0x0b, // LOAD_NAME 'a'
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x0b, // LOAD_NAME 'a'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py
static const byte fun_data_thumb_thumb_dot_py[8] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x40, 0x18, 0x80, 0x18, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb_thumb_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 8,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 3,
    .asm_type_sig = 2,
};

// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py2
static const byte fun_data_thumb_thumb_dot_py2[22] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x00, 0x22, 0x03, 0xe0, 0x03, 0x68, 0xd2, 0x18, 0x04, 0x30, 0x01, 0x39, 0x00, 0x29,
    0xf9, 0xdc, 0x10, 0x46, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb_thumb_dot_py2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 22,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 3,
};

// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py3
static const byte fun_data_thumb_thumb_dot_py3[14] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0xf0, 0x21, 0x08, 0x40, 0x00, 0x09, 0xc1, 0x43, 0x48, 0x40, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb_thumb_dot_py3 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py3,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 1,
    .asm_type_sig = 2,
};

// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py4
static const byte fun_data_thumb_thumb_dot_py4[20] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x10, 0xb5, 0x00, 0xf0, 0x03, 0xf8, 0x00, 0xf0, 0x01, 0xf8, 0x10, 0xbd, 0x00, 0x18,
    0x70, 0x47, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb_thumb_dot_py4 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py4,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 20,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 1,
    .asm_type_sig = 2,
};

// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py5
static const byte fun_data_thumb_thumb_dot_py5[28] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x79, 0x46, 0x06, 0xe0, 0x00, 0xbf, 0x11, 0x11, 0x11, 0x11, 0x22, 0x22, 0x22, 0x22,
    0x33, 0x33, 0x33, 0x33, 0x0a, 0x7a, 0x82, 0x80, 0x10, 0x46, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb_thumb_dot_py5 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py5,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 28,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 1,
    .asm_type_sig = 3,
};

// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py6
static const byte fun_data_thumb_thumb_dot_py6[4] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb_thumb_dot_py6 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py6,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 4,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 0,
    .asm_type_sig = 2,
};

// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py7
static const byte fun_data_thumb_thumb_dot_py7[10] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x00, 0x28, 0x00, 0xd0, 0x01, 0x20, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb_thumb_dot_py7 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py7,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 10,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 1,
    .asm_type_sig = 1,
};

static const mp_raw_code_t *const children_thumb__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py,
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py2,
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py3,
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py4,
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py5,
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py6,
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py7,
};

static const mp_raw_code_truncated_t proto_fun_thumb__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_thumb__lt_module_gt_,
    .children = (void *)&children_thumb__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 132,
    .n_children = 7,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_thumb__lt_module_gt_ + 3,
        .line_info_top = fun_data_thumb__lt_module_gt_ + 22,
        .opcodes = fun_data_thumb__lt_module_gt_ + 22,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_thumb[14] = {
    MP_QSTR_thumb_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_array,
    MP_QSTR_i,
    MP_QSTR_add3,
    MP_QSTR_sum_words,
    MP_QSTR_bits,
    MP_QSTR_nested,
    MP_QSTR_table,
    MP_QSTR_nothing,
    MP_QSTR_truth,
    MP_QSTR_a,
    MP_QSTR_print,
    MP_QSTR_len,
};

static const mp_frozen_module_t frozen_module_thumb = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_thumb,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_thumb__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module thumb2
// - original source file: thumb2.armv7m.mpy
// - frozen file name: thumb2.py
// - .mpy header: 4d:06:17:1f

// frozen bytecode for file thumb2.py, scope thumb2__lt_module_gt_
static const byte fun_data_thumb2__lt_module_gt_[68] = {
    0x30,0x1a, // prelude
    0x01, // names: <module>
    0x60,0x20,0x84,0x08,0x84,0x08,0x84,0x07,0x84,0x07,0x84,0x09, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'big'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x03, // STORE_NAME 'clamp'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x04, // STORE_NAME 'divide'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x05, // STORE_NAME 'leading'
    0x32,0x04, // MAKE_FUNCTION 4
    0x16,0x06, // STORE_NAME 'far'
    0x11,0x07, // LOAD_NAME 'print'
    0x11,0x02, // LOAD_NAME 'big'
    0x34,0x00, // CALL_FUNCTION 0
    0x11,0x03, // LOAD_NAME 'clamp'
    0x85, // LOAD_CONST_SMALL_INT 5
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x02, // CALL_FUNCTION 2
    0x11,0x04, // LOAD_NAME 'divide'
    0x94, // LOAD_CONST_SMALL_INT 20
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x02, // CALL_FUNCTION 2
    0x11,0x05, // LOAD_NAME 'leading'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x06, // LOAD_NAME 'far'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of thumb2__lt_module_gt_

// frozen native code for file thumb2.py, scope thumb2_thumb2_dot_py
static const byte fun_data_thumb2_thumb2_dot_py[22] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x45, 0xf2, 0x78, 0x60, 0xc1, 0xf2, 0x34, 0x20, 0x4f, 0xf6, 0xff, 0x71, 0xc0, 0xf2,
    0x01, 0x01, 0x40, 0x18, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb2_thumb2_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb2_thumb2_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 22,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 0,
    .asm_type_sig = 3,
};

// child of thumb2__lt_module_gt_

// frozen native code for file thumb2.py, scope thumb2_thumb2_dot_py2
static const byte fun_data_thumb2_thumb2_dot_py2[12] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x88, 0x42, 0xcc, 0xbf, 0x08, 0x46, 0x00, 0x46, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb2_thumb2_dot_py2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb2_thumb2_dot_py2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 12,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 2,
};

// child of thumb2__lt_module_gt_

// frozen native code for file thumb2.py, scope thumb2_thumb2_dot_py3
static const byte fun_data_thumb2_thumb2_dot_py3[14] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x90, 0xfb, 0xf1, 0xf2, 0xb0, 0xfb, 0xf1, 0xf3, 0xd0, 0x18, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb2_thumb2_dot_py3 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb2_thumb2_dot_py3,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 2,
};

// child of thumb2__lt_module_gt_

// frozen native code for file thumb2.py, scope thumb2_thumb2_dot_py4
static const byte fun_data_thumb2_thumb2_dot_py4[14] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0xb0, 0xfa, 0x80, 0xf1, 0x90, 0xfa, 0xa0, 0xf2, 0x08, 0x46, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb2_thumb2_dot_py4 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb2_thumb2_dot_py4,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 1,
    .asm_type_sig = 2,
};

// child of thumb2__lt_module_gt_

// frozen native code for file thumb2.py, scope thumb2_thumb2_dot_py5
static const byte fun_data_thumb2_thumb2_dot_py5[20] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x00, 0xf0, 0x04, 0x80, 0x2d, 0xe9, 0x01, 0x03, 0xbd, 0xe8, 0x01, 0x03, 0xef, 0xf3,
    0x05, 0x81, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb2_thumb2_dot_py5 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb2_thumb2_dot_py5,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 20,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 1,
    .asm_type_sig = 2,
};

static const mp_raw_code_t *const children_thumb2__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_thumb2_thumb2_dot_py,
    (const mp_raw_code_t *)&proto_fun_thumb2_thumb2_dot_py2,
    (const mp_raw_code_t *)&proto_fun_thumb2_thumb2_dot_py3,
    (const mp_raw_code_t *)&proto_fun_thumb2_thumb2_dot_py4,
    (const mp_raw_code_t *)&proto_fun_thumb2_thumb2_dot_py5,
};

static const mp_raw_code_truncated_t proto_fun_thumb2__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_thumb2__lt_module_gt_,
    .children = (void *)&children_thumb2__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 68,
    .n_children = 5,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_thumb2__lt_module_gt_ + 3,
        .line_info_top = fun_data_thumb2__lt_module_gt_ + 15,
        .opcodes = fun_data_thumb2__lt_module_gt_ + 15,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_thumb2[8] = {
    MP_QSTR_thumb2_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_big,
    MP_QSTR_clamp,
    MP_QSTR_divide,
    MP_QSTR_leading,
    MP_QSTR_far,
    MP_QSTR_print,
};

static const mp_frozen_module_t frozen_module_thumb2 = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_thumb2,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_thumb2__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "thumb.py\0"
    "thumb2.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_thumb,
    &frozen_module_thumb2,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("thumb", "thumb.py")
MICROPY_FROZEN_LIST_ITEM("thumb2", "thumb2.py")
#endif

/*
byte sizes:
qstr content: 17 unique, 139 bytes
bc content: 200
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 0 entries, 0 bytes
raw code content: 14 * 4 = 224
mp_frozen_mpy_names_content: 20
mp_frozen_mpy_content_size: 8
total: 591
*/
