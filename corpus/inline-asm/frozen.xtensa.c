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
    MP_QSTR_array,
    MP_QSTR_big,
    MP_QSTR_compare,
    MP_QSTR_i,
    MP_QSTR_shifts,
    MP_QSTR_sum_words,
    MP_QSTR_xtensa_dot_py,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    124,
    233,
    34,
    204,
    86,
    204,
    247,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    5,
    3,
    7,
    1,
    6,
    9,
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
        "array",
        "big",
        "compare",
        "i",
        "shifts",
        "sum_words",
        "xtensa.py",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module xtensa
// - original source file: xtensa.xtensa.mpy
// - frozen file name: xtensa.py
// - .mpy header: 4d:06:27:1f

// frozen bytecode for file xtensa.py, scope xtensa__lt_module_gt_
static const byte fun_data_xtensa__lt_module_gt_[80] = {
    0x30,0x18, // prelude
    0x01, // names: <module>
    0x40,0x66,0x84,0x07,0x84,0x0e,0x84,0x0a,0x84,0x0e,0x2f, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'array'
    0x16,0x02, // STORE_NAME 'array'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x04, // STORE_NAME 'big'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x05, // STORE_NAME 'sum_words'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x06, // STORE_NAME 'shifts'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x07, // STORE_NAME 'compare'
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
    0x11,0x06, // LOAD_NAME 'shifts'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x07, // LOAD_NAME 'compare'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x02, // CALL_FUNCTION 2
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of xtensa__lt_module_gt_

// frozen native code for file xtensa.py, scope xtensa_xtensa_dot_py
static const byte fun_data_xtensa_xtensa_dot_py[49] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (4))) = {
    0x06, 0x02, 0x00, 0x00, 0x78, 0x56, 0x34, 0x12, 0x01, 0x00, 0x00, 0x00, 0x12, 0xc1, 0xe0, 0x09,
    0x01, 0xc9, 0x11, 0xd9, 0x21, 0xe9, 0x31, 0xf9, 0x41, 0x21, 0xfa, 0xff, 0x31, 0xfb, 0xff, 0x30,
    0x22, 0x80, 0xf8, 0x41, 0xe8, 0x31, 0xd8, 0x21, 0xc8, 0x11, 0x08, 0x01, 0x12, 0xc1, 0x20, 0x0d,
    0xf0,
};
static const mp_raw_code_t proto_fun_xtensa_xtensa_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_xtensa_xtensa_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 49,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 0,
    .asm_type_sig = 3,
};

// child of xtensa__lt_module_gt_

// frozen native code for file xtensa.py, scope xtensa_xtensa_dot_py2
static const byte fun_data_xtensa_xtensa_dot_py2[51] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (4))) = {
    0x12, 0xc1, 0xe0, 0x09, 0x01, 0xc9, 0x11, 0xd9, 0x21, 0xe9, 0x31, 0xf9, 0x41, 0x0c, 0x04, 0x56,
    0x23, 0x00, 0x06, 0x03, 0x00, 0x52, 0x22, 0x00, 0x5a, 0x44, 0x22, 0xc2, 0x04, 0xfb, 0xff, 0x56,
    0x23, 0xff, 0x2d, 0x04, 0xf8, 0x41, 0xe8, 0x31, 0xd8, 0x21, 0xc8, 0x11, 0x08, 0x01, 0x12, 0xc1,
    0x20, 0x0d, 0xf0,
};
static const mp_raw_code_t proto_fun_xtensa_xtensa_dot_py2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_xtensa_xtensa_dot_py2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 51,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 2,
};

// child of xtensa__lt_module_gt_

// frozen native code for file xtensa.py, scope xtensa_xtensa_dot_py3
static const byte fun_data_xtensa_xtensa_dot_py3[46] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (4))) = {
    0x12, 0xc1, 0xe0, 0x09, 0x01, 0xc9, 0x11, 0xd9, 0x21, 0xe9, 0x31, 0xf9, 0x41, 0xc0, 0x32, 0x11,
    0x30, 0x42, 0x41, 0x40, 0x51, 0x21, 0x00, 0x12, 0x40, 0x00, 0x25, 0xa1, 0x30, 0xf2, 0x40, 0xf8,
    0x41, 0xe8, 0x31, 0xd8, 0x21, 0xc8, 0x11, 0x08, 0x01, 0x12, 0xc1, 0x20, 0x0d, 0xf0,
};
static const mp_raw_code_t proto_fun_xtensa_xtensa_dot_py3 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_xtensa_xtensa_dot_py3,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 46,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 1,
    .asm_type_sig = 2,
};

// child of xtensa__lt_module_gt_

// frozen native code for file xtensa.py, scope xtensa_xtensa_dot_py4
static const byte fun_data_xtensa_xtensa_dot_py4[50] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (4))) = {
    0x12, 0xc1, 0xe0, 0x09, 0x01, 0xc9, 0x11, 0xd9, 0x21, 0xe9, 0x31, 0xf9, 0x41, 0x37, 0xa2, 0x02,
    0x06, 0x01, 0x00, 0x0c, 0x12, 0x46, 0x00, 0x00, 0x7c, 0xf2, 0xf7, 0xf2, 0x02, 0xf0, 0x20, 0x00,
    0x22, 0xd2, 0x01, 0xf8, 0x41, 0xe8, 0x31, 0xd8, 0x21, 0xc8, 0x11, 0x08, 0x01, 0x12, 0xc1, 0x20,
    0x0d, 0xf0,
};
static const mp_raw_code_t proto_fun_xtensa_xtensa_dot_py4 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_xtensa_xtensa_dot_py4,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 50,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 2,
};

static const mp_raw_code_t *const children_xtensa__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_xtensa_xtensa_dot_py,
    (const mp_raw_code_t *)&proto_fun_xtensa_xtensa_dot_py2,
    (const mp_raw_code_t *)&proto_fun_xtensa_xtensa_dot_py3,
    (const mp_raw_code_t *)&proto_fun_xtensa_xtensa_dot_py4,
};

static const mp_raw_code_truncated_t proto_fun_xtensa__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_xtensa__lt_module_gt_,
    .children = (void *)&children_xtensa__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 80,
    .n_children = 4,
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
        .line_info = fun_data_xtensa__lt_module_gt_ + 3,
        .line_info_top = fun_data_xtensa__lt_module_gt_ + 14,
        .opcodes = fun_data_xtensa__lt_module_gt_ + 14,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_xtensa[10] = {
    MP_QSTR_xtensa_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_array,
    MP_QSTR_i,
    MP_QSTR_big,
    MP_QSTR_sum_words,
    MP_QSTR_shifts,
    MP_QSTR_compare,
    MP_QSTR_a,
    MP_QSTR_print,
};

static const mp_frozen_module_t frozen_module_xtensa = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_xtensa,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_xtensa__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "xtensa.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_xtensa,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("xtensa", "xtensa.py")
#endif

/*
byte sizes:
qstr content: 8 unique, 65 bytes
bc content: 80
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 0 entries, 0 bytes
raw code content: 5 * 4 = 80
mp_frozen_mpy_names_content: 11
mp_frozen_mpy_content_size: 4
total: 240
*/
