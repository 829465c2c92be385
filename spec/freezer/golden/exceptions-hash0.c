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
    MP_QSTR_AppError = MP_QSTRnumber_of,
    MP_QSTR_Resource,
    MP_QSTR_a,
    MP_QSTR_app_space_or_space_key,
    MP_QSTR_b,
    MP_QSTR_c,
    MP_QSTR_cleanup,
    MP_QSTR_exc,
    MP_QSTR_exc_type,
    MP_QSTR_exceptions_dot_py,
    MP_QSTR_finally,
    MP_QSTR_i,
    MP_QSTR_inside,
    MP_QSTR_k,
    MP_QSTR_loop,
    MP_QSTR_missing,
    MP_QSTR_name,
    MP_QSTR_no_space_error,
    MP_QSTR_one,
    MP_QSTR_r,
    MP_QSTR_risky,
    MP_QSTR_tb,
    MP_QSTR_value_space_error,
    MP_QSTR_x,
    MP_QSTR_zero,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    8,
    8,
    1,
    10,
    1,
    1,
    7,
    3,
    8,
    13,
    7,
    1,
    6,
    1,
    4,
    7,
    4,
    8,
    3,
    1,
    5,
    2,
    11,
    1,
    4,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    25, // used entries
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "AppError",
        "Resource",
        "a",
        "app or key",
        "b",
        "c",
        "cleanup",
        "exc",
        "exc_type",
        "exceptions.py",
        "finally",
        "i",
        "inside",
        "k",
        "loop",
        "missing",
        "name",
        "no error",
        "one",
        "r",
        "risky",
        "tb",
        "value error",
        "x",
        "zero",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module exceptions
// - original source file: exceptions.mpy
// - frozen file name: exceptions.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file exceptions.py, scope exceptions__lt_module_gt_
static const byte fun_data_exceptions__lt_module_gt_[187] = {
    0xb0,0x02,0x2c, // prelude
    0x01, // names: <module>
    0x20,0x6b,0x20,0x89,0x0d,0x84,0x12,0x26,0x4f,0x33,0x51,0x29,0x29,0x47,0x26,0x22,0x26,0x23,0x26,0x23,0x4a, // code info
    0x54, // LOAD_BUILD_CLASS
    0x32,0x00, // MAKE_FUNCTION 0
    0x10,0x02, // LOAD_CONST_STRING 'AppError'
    0x11,0x19, // LOAD_NAME 'Exception'
    0x34,0x03, // CALL_FUNCTION 3
    0x16,0x02, // STORE_NAME 'AppError'
    0x54, // LOAD_BUILD_CLASS
    0x32,0x01, // MAKE_FUNCTION 1
    0x10,0x03, // LOAD_CONST_STRING 'Resource'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x03, // STORE_NAME 'Resource'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x0c, // STORE_NAME 'risky'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x42,0x4c, // JUMP 12
    0x57, // DUP_TOP
    0x16,0x1a, // STORE_NAME 'k'
    0x11,0x0c, // LOAD_NAME 'risky'
    0x11,0x1a, // LOAD_NAME 'k'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x57, // DUP_TOP
    0x84, // LOAD_CONST_SMALL_INT 4
    0xd7, // BINARY_OP 0 __lt__
    0x43,0x2f, // POP_JUMP_IF_TRUE -17
    0x59, // POP_TOP
    0x11,0x03, // LOAD_NAME 'Resource'
    0x10,0x04, // LOAD_CONST_STRING 'a'
    0x34,0x01, // CALL_FUNCTION 1
    0x47,0x1a, // SETUP_WITH 26
    0x16,0x1b, // STORE_NAME 'r'
    0x11,0x03, // LOAD_NAME 'Resource'
    0x10,0x05, // LOAD_CONST_STRING 'b'
    0x34,0x01, // CALL_FUNCTION 1
    0x47,0x0d, // SETUP_WITH 13
    0x59, // POP_TOP
    0x11,0x1c, // LOAD_NAME 'print'
    0x10,0x06, // LOAD_CONST_STRING 'inside'
    0x11,0x1b, // LOAD_NAME 'r'
    0x13,0x07, // LOAD_ATTR 'name'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x5c, // WITH_CLEANUP
    0x5d, // END_FINALLY
    0x51, // LOAD_CONST_NONE
    0x5c, // WITH_CLEANUP
    0x5d, // END_FINALLY
    0x11,0x03, // LOAD_NAME 'Resource'
    0x10,0x08, // LOAD_CONST_STRING 'c'
    0x34,0x01, // CALL_FUNCTION 1
    0x47,0x08, // SETUP_WITH 8
    0x59, // POP_TOP
    0x2c,0x00, // BUILD_MAP 0
    0x10,0x09, // LOAD_CONST_STRING 'x'
    0x55, // LOAD_SUBSCR
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x5c, // WITH_CLEANUP
    0x5d, // END_FINALLY
    0x11,0x1c, // LOAD_NAME 'print'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x80, // LOAD_CONST_SMALL_INT 0
    0x42,0x6d, // JUMP 45
    0x57, // DUP_TOP
    0x16,0x1d, // STORE_NAME 'i'
    0x49,0x1c, // SETUP_FINALLY 28
    0x11,0x1d, // LOAD_NAME 'i'
    0x81, // LOAD_CONST_SMALL_INT 1
    0xd9, // BINARY_OP 2 __eq__
    0x44,0x43, // POP_JUMP_IF_FALSE 3
    0x40,0x5e,0x01, // UNWIND_JUMP 30
    0x11,0x1d, // LOAD_NAME 'i'
    0x83, // LOAD_CONST_SMALL_INT 3
    0xd9, // BINARY_OP 2 __eq__
    0x44,0x43, // POP_JUMP_IF_FALSE 3
    0x40,0x5c,0x01, // UNWIND_JUMP 28
    0x11,0x1c, // LOAD_NAME 'print'
    0x10,0x0a, // LOAD_CONST_STRING 'loop'
    0x11,0x1d, // LOAD_NAME 'i'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x11,0x1c, // LOAD_NAME 'print'
    0x10,0x0b, // LOAD_CONST_STRING 'cleanup'
    0x11,0x1d, // LOAD_NAME 'i'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x5d, // END_FINALLY
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x57, // DUP_TOP
    0x85, // LOAD_CONST_SMALL_INT 5
    0xd7, // BINARY_OP 0 __lt__
    0x43,0x0e, // POP_JUMP_IF_TRUE -50
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of exceptions__lt_module_gt_
// frozen bytecode for file exceptions.py, scope exceptions_AppError
static const byte fun_data_exceptions_AppError[14] = {
    0x00,0x04, // prelude
    0x02, // names: AppError
    0x48, // code info
    0x11,0x11, // LOAD_NAME '__name__'
    0x16,0x1e, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'AppError'
    0x16,0x1f, // STORE_NAME '__qualname__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_exceptions_AppError = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_exceptions_AppError,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_exceptions_AppError + 3,
        .line_info_top = fun_data_exceptions_AppError + 4,
        .opcodes = fun_data_exceptions_AppError + 4,
    },
    #endif
    #endif
};
#else
#define proto_fun_exceptions_AppError fun_data_exceptions_AppError[0]
#endif

// child of exceptions__lt_module_gt_
// frozen bytecode for file exceptions.py, scope exceptions_Resource
static const byte fun_data_exceptions_Resource[30] = {
    0x00,0x0c, // prelude
    0x03, // names: Resource
    0x68,0x60,0x64,0x64,0x20, // code info
    0x11,0x11, // LOAD_NAME '__name__'
    0x16,0x1e, // STORE_NAME '__module__'
    0x10,0x03, // LOAD_CONST_STRING 'Resource'
    0x16,0x1f, // STORE_NAME '__qualname__'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x14, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x15, // STORE_NAME '__enter__'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x17, // STORE_NAME '__exit__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of exceptions_Resource
// frozen bytecode for file exceptions.py, scope exceptions_Resource___init__
static const byte fun_data_exceptions_Resource___init__[13] = {
    0x1a,0x0a, // prelude
    0x14,0x23,0x07, // names: __init__, self, name
    0x80,0x07, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x07, // STORE_ATTR 'name'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_exceptions_Resource___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_exceptions_Resource___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 13,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 20,
        .line_info = fun_data_exceptions_Resource___init__ + 5,
        .line_info_top = fun_data_exceptions_Resource___init__ + 7,
        .opcodes = fun_data_exceptions_Resource___init__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_exceptions_Resource___init__ fun_data_exceptions_Resource___init__[0]
#endif

// child of exceptions_Resource
// frozen bytecode for file exceptions.py, scope exceptions_Resource___enter__
static const byte fun_data_exceptions_Resource___enter__[19] = {
    0x19,0x0a, // prelude
    0x15,0x23, // names: __enter__, self
    0x80,0x0a,0x2a, // code info
    0x12,0x1c, // LOAD_GLOBAL 'print'
    0x10,0x16, // LOAD_CONST_STRING 'open'
    0xb0, // LOAD_FAST 0
    0x13,0x07, // LOAD_ATTR 'name'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0xb0, // LOAD_FAST 0
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_exceptions_Resource___enter__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_exceptions_Resource___enter__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 19,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 21,
        .line_info = fun_data_exceptions_Resource___enter__ + 4,
        .line_info_top = fun_data_exceptions_Resource___enter__ + 7,
        .opcodes = fun_data_exceptions_Resource___enter__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_exceptions_Resource___enter__ fun_data_exceptions_Resource___enter__[0]
#endif

// child of exceptions_Resource
// frozen bytecode for file exceptions.py, scope exceptions_Resource___exit__
static const byte fun_data_exceptions_Resource___exit__[30] = {
    0xc0,0x04,0x10, // prelude
    0x17,0x23,0x24,0x25,0x26, // names: __exit__, self, exc_type, exc, tb
    0x80,0x0e,0x2e, // code info
    0x12,0x1c, // LOAD_GLOBAL 'print'
    0x10,0x18, // LOAD_CONST_STRING 'close'
    0xb0, // LOAD_FAST 0
    0x13,0x07, // LOAD_ATTR 'name'
    0xb1, // LOAD_FAST 1
    0x51, // LOAD_CONST_NONE
    0xde, // BINARY_OP 7 <is>
    0xd3, // UNARY_OP 3 <not>
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0xb1, // LOAD_FAST 1
    0x12,0x21, // LOAD_GLOBAL 'KeyError'
    0xde, // BINARY_OP 7 <is>
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_exceptions_Resource___exit__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_exceptions_Resource___exit__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 30,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 4,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 23,
        .line_info = fun_data_exceptions_Resource___exit__ + 8,
        .line_info_top = fun_data_exceptions_Resource___exit__ + 11,
        .opcodes = fun_data_exceptions_Resource___exit__ + 11,
    },
    #endif
    #endif
};
#else
#define proto_fun_exceptions_Resource___exit__ fun_data_exceptions_Resource___exit__[0]
#endif

static const mp_raw_code_t *const children_exceptions_Resource[] = {
    (const mp_raw_code_t *)&proto_fun_exceptions_Resource___init__,
    (const mp_raw_code_t *)&proto_fun_exceptions_Resource___enter__,
    (const mp_raw_code_t *)&proto_fun_exceptions_Resource___exit__,
};

static const mp_raw_code_truncated_t proto_fun_exceptions_Resource = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_exceptions_Resource,
    .children = (void *)&children_exceptions_Resource,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 30,
    .n_children = 3,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_exceptions_Resource + 3,
        .line_info_top = fun_data_exceptions_Resource + 8,
        .opcodes = fun_data_exceptions_Resource + 8,
    },
    #endif
    #endif
};

// child of exceptions__lt_module_gt_
// frozen bytecode for file exceptions.py, scope exceptions_risky
static const byte fun_data_exceptions_risky[140] = {
    0xc5,0x02,0x1e, // prelude
    0x0c,0x1a, // names: risky, k
    0x80,0x13,0x24,0x25,0x27,0x25,0x28,0x25,0x51,0x31,0x2c,0x57,0x48, // code info
    0x49,0x6d, // SETUP_FINALLY 109
    0x48,0x26, // SETUP_EXCEPT 38
    0xb0, // LOAD_FAST 0
    0x80, // LOAD_CONST_SMALL_INT 0
    0xd9, // BINARY_OP 2 __eq__
    0x44,0x47, // POP_JUMP_IF_FALSE 7
    0x12,0x20, // LOAD_GLOBAL 'ValueError'
    0x10,0x0d, // LOAD_CONST_STRING 'zero'
    0x34,0x01, // CALL_FUNCTION 1
    0x65, // RAISE_OBJ
    0xb0, // LOAD_FAST 0
    0x81, // LOAD_CONST_SMALL_INT 1
    0xd9, // BINARY_OP 2 __eq__
    0x44,0x48, // POP_JUMP_IF_FALSE 8
    0x12,0x02, // LOAD_GLOBAL 'AppError'
    0x10,0x0e, // LOAD_CONST_STRING 'one'
    0x34,0x01, // CALL_FUNCTION 1
    0x51, // LOAD_CONST_NONE
    0x66, // RAISE_FROM
    0xb0, // LOAD_FAST 0
    0x82, // LOAD_CONST_SMALL_INT 2
    0xd9, // BINARY_OP 2 __eq__
    0x44,0x46, // POP_JUMP_IF_FALSE 6
    0x2c,0x00, // BUILD_MAP 0
    0x10,0x0f, // LOAD_CONST_STRING 'missing'
    0x55, // LOAD_SUBSCR
    0x63, // RETURN_VALUE
    0x4a,0x3d, // POP_EXCEPT_JUMP 61
    0x57, // DUP_TOP
    0x12,0x20, // LOAD_GLOBAL 'ValueError'
    0xdf, // BINARY_OP 8 <exception match>
    0x44,0x53, // POP_JUMP_IF_FALSE 19
    0xc1, // STORE_FAST 1
    0x49,0x09, // SETUP_FINALLY 9
    0x12,0x1c, // LOAD_GLOBAL 'print'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0xb1, // LOAD_FAST 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x51, // LOAD_CONST_NONE
    0xc1, // STORE_FAST 1
    0x28,0x01, // DELETE_FAST 1
    0x5d, // END_FINALLY
    0x4a,0x2b, // POP_EXCEPT_JUMP 43
    0x57, // DUP_TOP
    0x12,0x02, // LOAD_GLOBAL 'AppError'
    0x12,0x21, // LOAD_GLOBAL 'KeyError'
    0x2a,0x02, // BUILD_TUPLE 2
    0xdf, // BINARY_OP 8 <exception match>
    0x44,0x59, // POP_JUMP_IF_FALSE 25
    0xc1, // STORE_FAST 1
    0x49,0x0f, // SETUP_FINALLY 15
    0x12,0x1c, // LOAD_GLOBAL 'print'
    0x10,0x10, // LOAD_CONST_STRING 'app or key'
    0x12,0x22, // LOAD_GLOBAL 'type'
    0xb1, // LOAD_FAST 1
    0x34,0x01, // CALL_FUNCTION 1
    0x13,0x11, // LOAD_ATTR '__name__'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x51, // LOAD_CONST_NONE
    0xc1, // STORE_FAST 1
    0x28,0x01, // DELETE_FAST 1
    0x5d, // END_FINALLY
    0x4a,0x08, // POP_EXCEPT_JUMP 8
    0x5d, // END_FINALLY
    0x12,0x1c, // LOAD_GLOBAL 'print'
    0x10,0x12, // LOAD_CONST_STRING 'no error'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x12,0x1c, // LOAD_GLOBAL 'print'
    0x10,0x13, // LOAD_CONST_STRING 'finally'
    0xb0, // LOAD_FAST 0
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x5d, // END_FINALLY
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_exceptions_risky = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_exceptions_risky,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 140,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 3,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 12,
        .line_info = fun_data_exceptions_risky + 5,
        .line_info_top = fun_data_exceptions_risky + 18,
        .opcodes = fun_data_exceptions_risky + 18,
    },
    #endif
    #endif
};
#else
#define proto_fun_exceptions_risky fun_data_exceptions_risky[0]
#endif

static const mp_raw_code_t *const children_exceptions__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_exceptions_AppError,
    (const mp_raw_code_t *)&proto_fun_exceptions_Resource,
    (const mp_raw_code_t *)&proto_fun_exceptions_risky,
};

static const mp_raw_code_truncated_t proto_fun_exceptions__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_exceptions__lt_module_gt_,
    .children = (void *)&children_exceptions__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 187,
    .n_children = 3,
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
        .line_info = fun_data_exceptions__lt_module_gt_ + 4,
        .line_info_top = fun_data_exceptions__lt_module_gt_ + 25,
        .opcodes = fun_data_exceptions__lt_module_gt_ + 25,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_exceptions[39] = {
    MP_QSTR_exceptions_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_AppError,
    MP_QSTR_Resource,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_inside,
    MP_QSTR_name,
    MP_QSTR_c,
    MP_QSTR_x,
    MP_QSTR_loop,
    MP_QSTR_cleanup,
    MP_QSTR_risky,
    MP_QSTR_zero,
    MP_QSTR_one,
    MP_QSTR_missing,
    MP_QSTR_app_space_or_space_key,
    MP_QSTR___name__,
    MP_QSTR_no_space_error,
    MP_QSTR_finally,
    MP_QSTR___init__,
    MP_QSTR___enter__,
    MP_QSTR_open,
    MP_QSTR___exit__,
    MP_QSTR_close,
    MP_QSTR_Exception,
    MP_QSTR_k,
    MP_QSTR_r,
    MP_QSTR_print,
    MP_QSTR_i,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_ValueError,
    MP_QSTR_KeyError,
    MP_QSTR_type,
    MP_QSTR_self,
    MP_QSTR_exc_type,
    MP_QSTR_exc,
    MP_QSTR_tb,
};

// constants
static const mp_obj_str_t const_obj_exceptions_0 = {{&mp_type_str}, 35262, 25, (const byte*)"\x61\x66\x74\x65\x72\x20\x73\x75\x70\x70\x72\x65\x73\x73\x65\x64\x20\x4b\x65\x79\x45\x72\x72\x6f\x72"};

// constant table
static const mp_rom_obj_t const_obj_table_data_exceptions[2] = {
    MP_ROM_PTR(&const_obj_exceptions_0),
    MP_ROM_QSTR(MP_QSTR_value_space_error),
};

static const mp_frozen_module_t frozen_module_exceptions = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_exceptions,
        .obj_table = (mp_obj_t *)&const_obj_table_data_exceptions,
    },
    .proto_fun = &proto_fun_exceptions__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "exceptions.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_exceptions,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("exceptions", "exceptions.py")
#endif

/*
byte sizes:
qstr content: 25 unique, 200 bytes
bc content: 433
const str content: 25
const int content: 0
const obj content: 16
const table qstr content: 0 entries, 0 bytes
const table ptr content: 2 entries, 8 bytes
raw code content: 7 * 4 = 112
mp_frozen_mpy_names_content: 15
mp_frozen_mpy_content_size: 4
total: 813
*/
