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
    MP_QSTR_address,
    MP_QSTR_array,
    MP_QSTR_big,
    MP_QSTR_i,
    MP_QSTR_mix,
    MP_QSTR_rv32_dot_py,
    MP_QSTR_sum_words,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    115,
    124,
    233,
    204,
    185,
    7,
    204,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    7,
    5,
    3,
    1,
    3,
    7,
    9,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    8, // allocated entries
    8, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "a",
        "address",
        "array",
        "big",
        "i",
        "mix",
        "rv32.py",
        "sum_words",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module rv32
// - original source file: rv32.rv32imc.mpy
// - frozen file name: rv32.py
// - .mpy header: 4d:06:2f:1f

// frozen bytecode for file rv32.py, scope rv32__lt_module_gt_
static const byte fun_data_rv32__lt_module_gt_[79] = {
    0x28,0x18, // prelude
    0x01, // names: <module>
    0x40,0x66,0x84,0x07,0x84,0x0e,0x84,0x0b,0x84,0x0b,0x2f, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'array'
    0x16,0x02, // STORE_NAME 'array'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x04, // STORE_NAME 'big'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x05, // STORE_NAME 'sum_words'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x06, // STORE_NAME 'mix'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x07, // STORE_NAME 'address'
    0x11,0x02, // LOAD_NAME 'array'
    0x14,0x02, // LOAD_METHOD 'array'
    0x10,0x03, // LOAD_CONST_STRING 'i'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x2b,0x03, // BUILD_LIST 3
    0x36,0x02, // CALL_METHOD 2
    0x16,0x08, // STORE_NAME 'a'
    0x11,0x09, // LOAD_NAME 'print'
    0x11,0x04, // LOAD_NAME 'big'
    0x34,0x00, // CALL_FUNCTION 0
    0x11,0x05, // LOAD_NAME 'sum_words'
    0x11,0x08, // LOAD_NAME 'a'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x02, // CALL_FUNCTION 2
    0x11,0x06, // LOAD_NAME 'mix'
    0x86, // LOAD_CONST_SMALL_INT 6
    0x87, // LOAD_CONST_SMALL_INT 7
    0x34,0x02, // CALL_FUNCTION 2
    0x11,0x07, // LOAD_NAME 'address'
    0x34,0x00, // CALL_FUNCTION 0
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of rv32__lt_module_gt_

// frozen native code for file rv32.py, scope rv32_rv32_dot_py
static const byte fun_data_rv32_rv32_dot_py[16] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (2))) = {
    0x37, 0x55, 0x34, 0x12, 0x13, 0x05, 0x85, 0x67, 0xed, 0x55, 0x33, 0x05, 0xb5, 0x00, 0x82, 0x80,
};
static const mp_raw_code_t proto_fun_rv32_rv32_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_rv32_rv32_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 16,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 0,
    .asm_type_sig = 3,
};

// child of rv32__lt_module_gt_

// frozen native code for file rv32.py, scope rv32_rv32_dot_py2
static const byte fun_data_rv32_rv32_dot_py2[24] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (2))) = {
    0x01, 0x46, 0x89, 0xc9, 0x83, 0x26, 0x05, 0x00, 0x33, 0x06, 0xd6, 0x00, 0x11, 0x05, 0x93, 0x85,
    0xf5, 0xff, 0xc5, 0xbf, 0x32, 0x85, 0x82, 0x80,
};
static const mp_raw_code_t proto_fun_rv32_rv32_dot_py2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_rv32_rv32_dot_py2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 24,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 2,
};

// child of rv32__lt_module_gt_

// frozen native code for file rv32.py, scope rv32_rv32_dot_py3
static const byte fun_data_rv32_rv32_dot_py3[26] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (2))) = {
    0x33, 0x06, 0xb5, 0x02, 0xb3, 0x56, 0xb6, 0x02, 0x93, 0x96, 0x36, 0x00, 0x85, 0x82, 0x23, 0x2e,
    0xd1, 0xfe, 0x03, 0x25, 0xc1, 0xff, 0x2d, 0x8d, 0x82, 0x80,
};
static const mp_raw_code_t proto_fun_rv32_rv32_dot_py3 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_rv32_rv32_dot_py3,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 26,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 2,
};

// child of rv32__lt_module_gt_

// frozen native code for file rv32.py, scope rv32_rv32_dot_py4
static const byte fun_data_rv32_rv32_dot_py4[22] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (2))) = {
    0x17, 0x05, 0x00, 0x00, 0x13, 0x05, 0x05, 0x01, 0x03, 0x25, 0x05, 0x00, 0x6f, 0x00, 0x80, 0x00,
    0xfe, 0xca, 0x00, 0x00, 0x82, 0x80,
};
static const mp_raw_code_t proto_fun_rv32_rv32_dot_py4 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_rv32_rv32_dot_py4,
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

static const mp_raw_code_t *const children_rv32__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_rv32_rv32_dot_py,
    (const mp_raw_code_t *)&proto_fun_rv32_rv32_dot_py2,
    (const mp_raw_code_t *)&proto_fun_rv32_rv32_dot_py3,
    (const mp_raw_code_t *)&proto_fun_rv32_rv32_dot_py4,
};

static const mp_raw_code_truncated_t proto_fun_rv32__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_rv32__lt_module_gt_,
    .children = (void *)&children_rv32__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 79,
    .n_children = 4,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 6,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_rv32__lt_module_gt_ + 3,
        .line_info_top = fun_data_rv32__lt_module_gt_ + 14,
        .opcodes = fun_data_rv32__lt_module_gt_ + 14,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_rv32[10] = {
    MP_QSTR_rv32_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_array,
    MP_QSTR_i,
    MP_QSTR_big,
    MP_QSTR_sum_words,
    MP_QSTR_mix,
    MP_QSTR_address,
    MP_QSTR_a,
    MP_QSTR_print,
};

static const mp_frozen_module_t frozen_module_rv32 = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_rv32,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_rv32__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "rv32.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_rv32,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("rv32", "rv32.py")
#endif

/*
byte sizes:
qstr content: 8 unique, 60 bytes
bc content: 79
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 0 entries, 0 bytes
raw code content: 5 * 4 = 80
mp_frozen_mpy_names_content: 9
mp_frozen_mpy_content_size: 4
total: 232
*/
