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
    MP_QSTR__lt_genexpr_gt_ = MP_QSTRnumber_of,
    MP_QSTR_a,
    MP_QSTR_ab,
    MP_QSTR_b,
    MP_QSTR_chain,
    MP_QSTR_countdown,
    MP_QSTR_done,
    MP_QSTR_e,
    MP_QSTR_echo,
    MP_QSTR_g,
    MP_QSTR_generators_dot_py,
    MP_QSTR_n,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    27188,
    46532,
    28198,
    46535,
    49128,
    32404,
    837,
    46528,
    28580,
    46530,
    24546,
    46539,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    9,
    1,
    2,
    1,
    5,
    9,
    4,
    1,
    4,
    1,
    13,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    12, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "<genexpr>",
        "a",
        "ab",
        "b",
        "chain",
        "countdown",
        "done",
        "e",
        "echo",
        "g",
        "generators.py",
        "n",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module generators
// - original source file: generators.mpy
// - frozen file name: generators.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file generators.py, scope generators__lt_module_gt_
static const byte fun_data_generators__lt_module_gt_[202] = {
    0xb0,0x02,0x28, // prelude
    0x01, // names: <module>
    0x20,0x84,0x07,0x64,0x60,0x84,0x0a,0x2e,0x3d,0x26,0x27,0x29,0x29,0x2c,0x33,0x27,0x2b,0x22,0x53, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x08, // STORE_NAME 'countdown'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x0a, // STORE_NAME 'chain'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x0b, // STORE_NAME 'echo'
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x0f, // LOAD_NAME 'list'
    0x11,0x08, // LOAD_NAME 'countdown'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x0f, // LOAD_NAME 'list'
    0x11,0x0a, // LOAD_NAME 'chain'
    0x11,0x08, // LOAD_NAME 'countdown'
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x01, // CALL_FUNCTION 1
    0x87, // LOAD_CONST_SMALL_INT 7
    0x88, // LOAD_CONST_SMALL_INT 8
    0x2b,0x02, // BUILD_LIST 2
    0x32,0x03, // MAKE_FUNCTION 3
    0x10,0x02, // LOAD_CONST_STRING 'ab'
    0x5e, // GET_ITER
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x03, // CALL_FUNCTION 3
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'echo'
    0x34,0x00, // CALL_FUNCTION 0
    0x16,0x10, // STORE_NAME 'e'
    0x11,0x11, // LOAD_NAME 'next'
    0x11,0x10, // LOAD_NAME 'e'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x10, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x10,0x04, // LOAD_CONST_STRING 'a'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x10, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x10,0x05, // LOAD_CONST_STRING 'b'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x10, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x51, // LOAD_CONST_NONE
    0x36,0x01, // CALL_METHOD 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x12, // LOAD_NAME 'sum'
    0x32,0x04, // MAKE_FUNCTION 4
    0x11,0x13, // LOAD_NAME 'range'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x34,0x01, // CALL_FUNCTION 1
    0x5e, // GET_ITER
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x08, // LOAD_NAME 'countdown'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x14, // STORE_NAME 'g'
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x11, // LOAD_NAME 'next'
    0x11,0x14, // LOAD_NAME 'g'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x48,0x09, // SETUP_EXCEPT 9
    0x11,0x11, // LOAD_NAME 'next'
    0x11,0x14, // LOAD_NAME 'g'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x4a,0x1f, // POP_EXCEPT_JUMP 31
    0x57, // DUP_TOP
    0x11,0x15, // LOAD_NAME 'StopIteration'
    0xdf, // BINARY_OP 8 <exception match>
    0x44,0x58, // POP_JUMP_IF_FALSE 24
    0x16,0x06, // STORE_NAME 'stop'
    0x49,0x0c, // SETUP_FINALLY 12
    0x11,0x0e, // LOAD_NAME 'print'
    0x10,0x06, // LOAD_CONST_STRING 'stop'
    0x11,0x06, // LOAD_NAME 'stop'
    0x13,0x07, // LOAD_ATTR 'value'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x51, // LOAD_CONST_NONE
    0x16,0x06, // STORE_NAME 'stop'
    0x19,0x06, // DELETE_NAME 'stop'
    0x5d, // END_FINALLY
    0x4a,0x01, // POP_EXCEPT_JUMP 1
    0x5d, // END_FINALLY
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators_countdown
static const byte fun_data_generators_countdown[26] = {
    0x91,0x40,0x0c, // prelude
    0x08,0x16, // names: countdown, n
    0x40,0x22,0x23,0x29, // code info
    0x42,0x47, // JUMP 7
    0xb0, // LOAD_FAST 0
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0xb0, // LOAD_FAST 0
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe6, // BINARY_OP 15 __isub__
    0xc0, // STORE_FAST 0
    0xb0, // LOAD_FAST 0
    0x80, // LOAD_CONST_SMALL_INT 0
    0xd8, // BINARY_OP 1 __gt__
    0x43,0x34, // POP_JUMP_IF_TRUE -12
    0x10,0x09, // LOAD_CONST_STRING 'done'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators_countdown = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators_countdown,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 26,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 8,
        .line_info = fun_data_generators_countdown + 5,
        .line_info_top = fun_data_generators_countdown + 9,
        .opcodes = fun_data_generators_countdown + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators_countdown fun_data_generators_countdown[0]
#endif

// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators_chain
static const byte fun_data_generators_chain[24] = {
    0xc0,0xc0,0x80,0x40,0x0a, // prelude
    0x0a, // names: chain
    0x80,0x09,0x25,0x27, // code info
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x08, // FOR_ITER 8
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x5e, // GET_ITER
    0x51, // LOAD_CONST_NONE
    0x68, // YIELD_FROM
    0xc2, // STORE_FAST 2
    0x42,0x36, // JUMP -10
    0xb2, // LOAD_FAST 2
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators_chain = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators_chain,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 24,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 5,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_generators_chain + 6,
        .line_info_top = fun_data_generators_chain + 10,
        .opcodes = fun_data_generators_chain + 10,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators_chain fun_data_generators_chain[0]
#endif

// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators_echo
static const byte fun_data_generators_echo[43] = {
    0xa0,0x40,0x12, // prelude
    0x0b, // names: echo
    0x80,0x0f,0x23,0x20,0x27,0x25,0x22,0x29, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xc0, // STORE_FAST 0
    0x12,0x17, // LOAD_GLOBAL 'len'
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x67, // YIELD_VALUE
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x51, // LOAD_CONST_NONE
    0xde, // BINARY_OP 7 <is>
    0x44,0x42, // POP_JUMP_IF_FALSE 2
    0x42,0x49, // JUMP 9
    0xb0, // LOAD_FAST 0
    0x14,0x0c, // LOAD_METHOD 'append'
    0xb1, // LOAD_FAST 1
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x42,0x29, // JUMP -23
    0xb0, // LOAD_FAST 0
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators_echo = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators_echo,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 43,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 11,
        .line_info = fun_data_generators_echo + 4,
        .line_info_top = fun_data_generators_echo + 12,
        .opcodes = fun_data_generators_echo + 12,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators_echo fun_data_generators_echo[0]
#endif

// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators__lt_genexpr_gt_
static const byte fun_data_generators__lt_genexpr_gt_[21] = {
    0xb1,0x40,0x08, // prelude
    0x0d,0x18, // names: <genexpr>, *
    0x80,0x19, // code info
    0x53, // LOAD_NULL
    0xb0, // LOAD_FAST 0
    0x53, // LOAD_NULL
    0x53, // LOAD_NULL
    0x4b,0x06, // FOR_ITER 6
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x42,0x38, // JUMP -8
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators__lt_genexpr_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators__lt_genexpr_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 21,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 13,
        .line_info = fun_data_generators__lt_genexpr_gt_ + 5,
        .line_info_top = fun_data_generators__lt_genexpr_gt_ + 7,
        .opcodes = fun_data_generators__lt_genexpr_gt_ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators__lt_genexpr_gt_ fun_data_generators__lt_genexpr_gt_[0]
#endif

// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators__lt_genexpr_gt_2
static const byte fun_data_generators__lt_genexpr_gt_2[28] = {
    0xb9,0x40,0x08, // prelude
    0x0d,0x18, // names: <genexpr>, *
    0x80,0x1f, // code info
    0x53, // LOAD_NULL
    0xb0, // LOAD_FAST 0
    0x53, // LOAD_NULL
    0x53, // LOAD_NULL
    0x4b,0x0d, // FOR_ITER 13
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0xf8, // BINARY_OP 33 __mod__
    0x44,0x38, // POP_JUMP_IF_FALSE -8
    0xb1, // LOAD_FAST 1
    0xb1, // LOAD_FAST 1
    0xf4, // BINARY_OP 29 __mul__
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x42,0x31, // JUMP -15
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators__lt_genexpr_gt_2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators__lt_genexpr_gt_2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 28,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 13,
        .line_info = fun_data_generators__lt_genexpr_gt_2 + 5,
        .line_info_top = fun_data_generators__lt_genexpr_gt_2 + 7,
        .opcodes = fun_data_generators__lt_genexpr_gt_2 + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators__lt_genexpr_gt_2 fun_data_generators__lt_genexpr_gt_2[0]
#endif

static const mp_raw_code_t *const children_generators__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_generators_countdown,
    (const mp_raw_code_t *)&proto_fun_generators_chain,
    (const mp_raw_code_t *)&proto_fun_generators_echo,
    (const mp_raw_code_t *)&proto_fun_generators__lt_genexpr_gt_,
    (const mp_raw_code_t *)&proto_fun_generators__lt_genexpr_gt_2,
};

static const mp_raw_code_truncated_t proto_fun_generators__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_generators__lt_module_gt_,
    .children = (void *)&children_generators__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 202,
    .n_children = 5,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 2,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_generators__lt_module_gt_ + 4,
        .line_info_top = fun_data_generators__lt_module_gt_ + 23,
        .opcodes = fun_data_generators__lt_module_gt_ + 23,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_generators[25] = {
    MP_QSTR_generators_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_ab,
    MP_QSTR_send,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_stop,
    MP_QSTR_value,
    MP_QSTR_countdown,
    MP_QSTR_done,
    MP_QSTR_chain,
    MP_QSTR_echo,
    MP_QSTR_append,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR_print,
    MP_QSTR_list,
    MP_QSTR_e,
    MP_QSTR_next,
    MP_QSTR_sum,
    MP_QSTR_range,
    MP_QSTR_g,
    MP_QSTR_StopIteration,
    MP_QSTR_n,
    MP_QSTR_len,
    MP_QSTR__star_,
};

static const mp_frozen_module_t frozen_module_generators = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_generators,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_generators__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "generators.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_generators,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("generators", "generators.py")
#endif

/*
byte sizes:
qstr content: 12 unique, 99 bytes
bc content: 344
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 0 entries, 0 bytes
raw code content: 6 * 4 = 96
mp_frozen_mpy_names_content: 15
mp_frozen_mpy_content_size: 4
total: 558
*/
