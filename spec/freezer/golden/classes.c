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
    MP_QSTR__percent_s_space_with_space__percent_d_space_sides = MP_QSTRnumber_of,
    MP_QSTR_Shape,
    MP_QSTR_Shape_paren_open__percent_r_paren_close_,
    MP_QSTR_Square,
    MP_QSTR_Vec,
    MP_QSTR___add__,
    MP_QSTR___contains__,
    MP_QSTR___eq__,
    MP_QSTR__size,
    MP_QSTR_area,
    MP_QSTR_blob,
    MP_QSTR_classes_dot_py,
    MP_QSTR_cls,
    MP_QSTR_describe,
    MP_QSTR_i,
    MP_QSTR_name,
    MP_QSTR_named,
    MP_QSTR_other,
    MP_QSTR_property,
    MP_QSTR_s,
    MP_QSTR_sides,
    MP_QSTR_size,
    MP_QSTR_square,
    MP_QSTR_unit,
    MP_QSTR_v,
    MP_QSTR_xs,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    45816,
    18154,
    22524,
    43684,
    64149,
    33476,
    24518,
    15985,
    44511,
    50834,
    20646,
    17114,
    19545,
    40,
    46540,
    30114,
    10630,
    39073,
    10690,
    46550,
    47181,
    42272,
    26052,
    18819,
    46547,
    28942,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    16,
    5,
    9,
    6,
    3,
    7,
    12,
    6,
    5,
    4,
    4,
    10,
    3,
    8,
    1,
    4,
    5,
    5,
    8,
    1,
    5,
    4,
    6,
    4,
    1,
    2,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    26, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "%s with %d sides",
        "Shape",
        "Shape(%r)",
        "Square",
        "Vec",
        "__add__",
        "__contains__",
        "__eq__",
        "_size",
        "area",
        "blob",
        "classes.py",
        "cls",
        "describe",
        "i",
        "name",
        "named",
        "other",
        "property",
        "s",
        "sides",
        "size",
        "square",
        "unit",
        "v",
        "xs",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module classes
// - original source file: classes.mpy
// - frozen file name: classes.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file classes.py, scope classes__lt_module_gt_
static const byte fun_data_classes__lt_module_gt_[165] = {
    0x30,0x1c, // prelude
    0x01, // names: <module>
    0x20,0x89,0x0d,0x8b,0x1a,0x27,0x2f,0x35,0x36,0x6f,0x89,0x11,0x29, // code info
    0x54, // LOAD_BUILD_CLASS
    0x32,0x00, // MAKE_FUNCTION 0
    0x10,0x02, // LOAD_CONST_STRING 'Shape'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x02, // STORE_NAME 'Shape'
    0x54, // LOAD_BUILD_CLASS
    0x32,0x01, // MAKE_FUNCTION 1
    0x10,0x03, // LOAD_CONST_STRING 'Square'
    0x11,0x02, // LOAD_NAME 'Shape'
    0x34,0x03, // CALL_FUNCTION 3
    0x16,0x03, // STORE_NAME 'Square'
    0x11,0x03, // LOAD_NAME 'Square'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x19, // STORE_NAME 's'
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x19, // LOAD_NAME 's'
    0x14,0x04, // LOAD_METHOD 'describe'
    0x36,0x00, // CALL_METHOD 0
    0x11,0x19, // LOAD_NAME 's'
    0x13,0x05, // LOAD_ATTR 'area'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x19, // LOAD_NAME 's'
    0x11,0x03, // LOAD_NAME 'Square'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0xd9, // BINARY_OP 2 __eq__
    0x11,0x19, // LOAD_NAME 's'
    0x11,0x03, // LOAD_NAME 'Square'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x01, // CALL_FUNCTION 1
    0xd9, // BINARY_OP 2 __eq__
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x19, // LOAD_NAME 's'
    0x11,0x03, // LOAD_NAME 'Square'
    0x14,0x06, // LOAD_METHOD 'unit'
    0x36,0x00, // CALL_METHOD 0
    0xf2, // BINARY_OP 27 __add__
    0x13,0x05, // LOAD_ATTR 'area'
    0x11,0x03, // LOAD_NAME 'Square'
    0x14,0x07, // LOAD_METHOD 'named'
    0x36,0x00, // CALL_METHOD 0
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x1b, // LOAD_NAME 'repr'
    0x11,0x02, // LOAD_NAME 'Shape'
    0x10,0x08, // LOAD_CONST_STRING 'blob'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x54, // LOAD_BUILD_CLASS
    0x32,0x02, // MAKE_FUNCTION 2
    0x10,0x09, // LOAD_CONST_STRING 'Vec'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x09, // STORE_NAME 'Vec'
    0x11,0x09, // LOAD_NAME 'Vec'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x03, // CALL_FUNCTION 3
    0x16,0x1c, // STORE_NAME 'v'
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x1d, // LOAD_NAME 'len'
    0x11,0x1c, // LOAD_NAME 'v'
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x1c, // LOAD_NAME 'v'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x55, // LOAD_SUBSCR
    0x11,0x1e, // LOAD_NAME 'list'
    0x11,0x1c, // LOAD_NAME 'v'
    0x34,0x01, // CALL_FUNCTION 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x11,0x1c, // LOAD_NAME 'v'
    0xdd, // BINARY_OP 6 <in>
    0x85, // LOAD_CONST_SMALL_INT 5
    0x11,0x1c, // LOAD_NAME 'v'
    0xdd, // BINARY_OP 6 <in>
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of classes__lt_module_gt_
// frozen bytecode for file classes.py, scope classes_Shape
static const byte fun_data_classes_Shape[32] = {
    0x00,0x0a, // prelude
    0x02, // names: Shape
    0x48,0x43,0x64,0x64, // code info
    0x11,0x13, // LOAD_NAME '__name__'
    0x16,0x1f, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'Shape'
    0x16,0x20, // STORE_NAME '__qualname__'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x16,0x0c, // STORE_NAME 'sides'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x0a, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'describe'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x0d, // STORE_NAME '__repr__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of classes_Shape
// frozen bytecode for file classes.py, scope classes_Shape___init__
static const byte fun_data_classes_Shape___init__[13] = {
    0x1a,0x0a, // prelude
    0x0a,0x24,0x0b, // names: __init__, self, name
    0x60,0x40, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x0b, // STORE_ATTR 'name'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Shape___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Shape___init__,
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
        .qstr_block_name_idx = 10,
        .line_info = fun_data_classes_Shape___init__ + 5,
        .line_info_top = fun_data_classes_Shape___init__ + 7,
        .opcodes = fun_data_classes_Shape___init__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Shape___init__ fun_data_classes_Shape___init__[0]
#endif

// child of classes_Shape
// frozen bytecode for file classes.py, scope classes_Shape_describe
static const byte fun_data_classes_Shape_describe[18] = {
    0x19,0x08, // prelude
    0x04,0x24, // names: describe, self
    0x80,0x08, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0xb0, // LOAD_FAST 0
    0x13,0x0b, // LOAD_ATTR 'name'
    0xb0, // LOAD_FAST 0
    0x13,0x0c, // LOAD_ATTR 'sides'
    0x2a,0x02, // BUILD_TUPLE 2
    0xf8, // BINARY_OP 33 __mod__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Shape_describe = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Shape_describe,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 18,
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
        .qstr_block_name_idx = 4,
        .line_info = fun_data_classes_Shape_describe + 4,
        .line_info_top = fun_data_classes_Shape_describe + 6,
        .opcodes = fun_data_classes_Shape_describe + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Shape_describe fun_data_classes_Shape_describe[0]
#endif

// child of classes_Shape
// frozen bytecode for file classes.py, scope classes_Shape___repr__
static const byte fun_data_classes_Shape___repr__[13] = {
    0x11,0x08, // prelude
    0x0d,0x24, // names: __repr__, self
    0x80,0x0b, // code info
    0x10,0x0e, // LOAD_CONST_STRING 'Shape(%r)'
    0xb0, // LOAD_FAST 0
    0x13,0x0b, // LOAD_ATTR 'name'
    0xf8, // BINARY_OP 33 __mod__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Shape___repr__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Shape___repr__,
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
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 13,
        .line_info = fun_data_classes_Shape___repr__ + 4,
        .line_info_top = fun_data_classes_Shape___repr__ + 6,
        .opcodes = fun_data_classes_Shape___repr__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Shape___repr__ fun_data_classes_Shape___repr__[0]
#endif

static const mp_raw_code_t *const children_classes_Shape[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Shape___init__,
    (const mp_raw_code_t *)&proto_fun_classes_Shape_describe,
    (const mp_raw_code_t *)&proto_fun_classes_Shape___repr__,
};

static const mp_raw_code_truncated_t proto_fun_classes_Shape = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Shape,
    .children = (void *)&children_classes_Shape,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 32,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_classes_Shape + 3,
        .line_info_top = fun_data_classes_Shape + 7,
        .opcodes = fun_data_classes_Shape + 7,
    },
    #endif
    #endif
};

// child of classes__lt_module_gt_
// frozen bytecode for file classes.py, scope classes_Square
static const byte fun_data_classes_Square[66] = {
    0x10,0x19, // prelude
    0x03, // names: Square
    0x88,0x0f,0x43,0x66,0x20,0x68,0x20,0x64,0x64,0x68,0x20,0x00, // code info
    0x11,0x13, // LOAD_NAME '__name__'
    0x16,0x1f, // STORE_NAME '__module__'
    0x10,0x03, // LOAD_CONST_STRING 'Square'
    0x16,0x20, // STORE_NAME '__qualname__'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x16,0x0c, // STORE_NAME 'sides'
    0xb0, // LOAD_FAST 0
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0x16,0x0a, // STORE_NAME '__init__'
    0x11,0x21, // LOAD_NAME 'property'
    0x32,0x01, // MAKE_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x05, // STORE_NAME 'area'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x11, // STORE_NAME '__eq__'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x12, // STORE_NAME '__add__'
    0x11,0x22, // LOAD_NAME 'staticmethod'
    0x32,0x04, // MAKE_FUNCTION 4
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x06, // STORE_NAME 'unit'
    0x11,0x23, // LOAD_NAME 'classmethod'
    0x32,0x05, // MAKE_FUNCTION 5
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x07, // STORE_NAME 'named'
    0xb0, // LOAD_FAST 0
    0x63, // RETURN_VALUE
};
// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square___init__
static const byte fun_data_classes_Square___init__[27] = {
    0x2b,0x0e, // prelude
    0x0a,0x25,0x24,0x26, // names: __init__, *, self, size
    0x80,0x12,0x2c, // code info
    0x12,0x27, // LOAD_GLOBAL 'super'
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0x15,0x0a, // LOAD_SUPER_METHOD '__init__'
    0x10,0x0f, // LOAD_CONST_STRING 'square'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0xb2, // LOAD_FAST 2
    0xb1, // LOAD_FAST 1
    0x18,0x10, // STORE_ATTR '_size'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 27,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 6,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 3,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_classes_Square___init__ + 6,
        .line_info_top = fun_data_classes_Square___init__ + 9,
        .opcodes = fun_data_classes_Square___init__ + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square___init__ fun_data_classes_Square___init__[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square_area
static const byte fun_data_classes_Square_area[14] = {
    0x11,0x08, // prelude
    0x05,0x24, // names: area, self
    0x80,0x17, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x10, // LOAD_ATTR '_size'
    0xb0, // LOAD_FAST 0
    0x13,0x10, // LOAD_ATTR '_size'
    0xf4, // BINARY_OP 29 __mul__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square_area = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square_area,
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
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_classes_Square_area + 4,
        .line_info_top = fun_data_classes_Square_area + 6,
        .opcodes = fun_data_classes_Square_area + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square_area fun_data_classes_Square_area[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square___eq__
static const byte fun_data_classes_Square___eq__[24] = {
    0x22,0x0a, // prelude
    0x11,0x24,0x28, // names: __eq__, self, other
    0x80,0x1a, // code info
    0x12,0x29, // LOAD_GLOBAL 'isinstance'
    0xb1, // LOAD_FAST 1
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0x34,0x02, // CALL_FUNCTION 2
    0x46,0x07, // JUMP_IF_FALSE_OR_POP 7
    0xb1, // LOAD_FAST 1
    0x13,0x10, // LOAD_ATTR '_size'
    0xb0, // LOAD_FAST 0
    0x13,0x10, // LOAD_ATTR '_size'
    0xd9, // BINARY_OP 2 __eq__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square___eq__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square___eq__,
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
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 17,
        .line_info = fun_data_classes_Square___eq__ + 5,
        .line_info_top = fun_data_classes_Square___eq__ + 7,
        .opcodes = fun_data_classes_Square___eq__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square___eq__ fun_data_classes_Square___eq__[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square___add__
static const byte fun_data_classes_Square___add__[19] = {
    0x22,0x0a, // prelude
    0x12,0x24,0x28, // names: __add__, self, other
    0x80,0x1d, // code info
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0xb0, // LOAD_FAST 0
    0x13,0x10, // LOAD_ATTR '_size'
    0xb1, // LOAD_FAST 1
    0x13,0x10, // LOAD_ATTR '_size'
    0xf2, // BINARY_OP 27 __add__
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square___add__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square___add__,
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
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 18,
        .line_info = fun_data_classes_Square___add__ + 5,
        .line_info_top = fun_data_classes_Square___add__ + 7,
        .opcodes = fun_data_classes_Square___add__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square___add__ fun_data_classes_Square___add__[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square_unit
static const byte fun_data_classes_Square_unit[11] = {
    0x08,0x06, // prelude
    0x06, // names: unit
    0x80,0x21, // code info
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square_unit = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square_unit,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 11,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_classes_Square_unit + 3,
        .line_info_top = fun_data_classes_Square_unit + 5,
        .opcodes = fun_data_classes_Square_unit + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square_unit fun_data_classes_Square_unit[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square_named
static const byte fun_data_classes_Square_named[10] = {
    0x09,0x08, // prelude
    0x07,0x2a, // names: named, cls
    0x80,0x25, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x13, // LOAD_ATTR '__name__'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square_named = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square_named,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 10,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 7,
        .line_info = fun_data_classes_Square_named + 4,
        .line_info_top = fun_data_classes_Square_named + 6,
        .opcodes = fun_data_classes_Square_named + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square_named fun_data_classes_Square_named[0]
#endif

static const mp_raw_code_t *const children_classes_Square[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Square___init__,
    (const mp_raw_code_t *)&proto_fun_classes_Square_area,
    (const mp_raw_code_t *)&proto_fun_classes_Square___eq__,
    (const mp_raw_code_t *)&proto_fun_classes_Square___add__,
    (const mp_raw_code_t *)&proto_fun_classes_Square_unit,
    (const mp_raw_code_t *)&proto_fun_classes_Square_named,
};

static const mp_raw_code_truncated_t proto_fun_classes_Square = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square,
    .children = (void *)&children_classes_Square,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 66,
    .n_children = 6,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_classes_Square + 3,
        .line_info_top = fun_data_classes_Square + 14,
        .opcodes = fun_data_classes_Square + 15,
    },
    #endif
    #endif
};

// child of classes__lt_module_gt_
// frozen bytecode for file classes.py, scope classes_Vec
static const byte fun_data_classes_Vec[39] = {
    0x00,0x0e, // prelude
    0x09, // names: Vec
    0x88,0x30,0x64,0x64,0x64,0x64, // code info
    0x11,0x13, // LOAD_NAME '__name__'
    0x16,0x1f, // STORE_NAME '__module__'
    0x10,0x09, // LOAD_CONST_STRING 'Vec'
    0x16,0x20, // STORE_NAME '__qualname__'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x0a, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x15, // STORE_NAME '__len__'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x16, // STORE_NAME '__getitem__'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x17, // STORE_NAME '__iter__'
    0x32,0x04, // MAKE_FUNCTION 4
    0x16,0x18, // STORE_NAME '__contains__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___init__
static const byte fun_data_classes_Vec___init__[19] = {
    0x99,0x80,0x80,0x40,0x08, // prelude
    0x0a,0x24, // names: __init__, self
    0x80,0x31, // code info
    0x12,0x1e, // LOAD_GLOBAL 'list'
    0xb1, // LOAD_FAST 1
    0x34,0x01, // CALL_FUNCTION 1
    0xb0, // LOAD_FAST 0
    0x18,0x14, // STORE_ATTR 'xs'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___init__,
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
        .scope_flags = 4,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_classes_Vec___init__ + 7,
        .line_info_top = fun_data_classes_Vec___init__ + 9,
        .opcodes = fun_data_classes_Vec___init__ + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___init__ fun_data_classes_Vec___init__[0]
#endif

// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___len__
static const byte fun_data_classes_Vec___len__[14] = {
    0x11,0x08, // prelude
    0x15,0x24, // names: __len__, self
    0x80,0x34, // code info
    0x12,0x1d, // LOAD_GLOBAL 'len'
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR 'xs'
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___len__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___len__,
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
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 21,
        .line_info = fun_data_classes_Vec___len__ + 4,
        .line_info_top = fun_data_classes_Vec___len__ + 6,
        .opcodes = fun_data_classes_Vec___len__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___len__ fun_data_classes_Vec___len__[0]
#endif

// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___getitem__
static const byte fun_data_classes_Vec___getitem__[13] = {
    0x1a,0x0a, // prelude
    0x16,0x24,0x2b, // names: __getitem__, self, i
    0x80,0x37, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR 'xs'
    0xb1, // LOAD_FAST 1
    0x55, // LOAD_SUBSCR
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___getitem__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___getitem__,
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
        .qstr_block_name_idx = 22,
        .line_info = fun_data_classes_Vec___getitem__ + 5,
        .line_info_top = fun_data_classes_Vec___getitem__ + 7,
        .opcodes = fun_data_classes_Vec___getitem__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___getitem__ fun_data_classes_Vec___getitem__[0]
#endif

// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___iter__
static const byte fun_data_classes_Vec___iter__[14] = {
    0x11,0x08, // prelude
    0x17,0x24, // names: __iter__, self
    0x80,0x3a, // code info
    0x12,0x2c, // LOAD_GLOBAL 'iter'
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR 'xs'
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___iter__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___iter__,
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
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 23,
        .line_info = fun_data_classes_Vec___iter__ + 4,
        .line_info_top = fun_data_classes_Vec___iter__ + 6,
        .opcodes = fun_data_classes_Vec___iter__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___iter__ fun_data_classes_Vec___iter__[0]
#endif

// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___contains__
static const byte fun_data_classes_Vec___contains__[13] = {
    0x1a,0x0a, // prelude
    0x18,0x24,0x1c, // names: __contains__, self, v
    0x80,0x3d, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR 'xs'
    0xdd, // BINARY_OP 6 <in>
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___contains__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___contains__,
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
        .qstr_block_name_idx = 24,
        .line_info = fun_data_classes_Vec___contains__ + 5,
        .line_info_top = fun_data_classes_Vec___contains__ + 7,
        .opcodes = fun_data_classes_Vec___contains__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___contains__ fun_data_classes_Vec___contains__[0]
#endif

static const mp_raw_code_t *const children_classes_Vec[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Vec___init__,
    (const mp_raw_code_t *)&proto_fun_classes_Vec___len__,
    (const mp_raw_code_t *)&proto_fun_classes_Vec___getitem__,
    (const mp_raw_code_t *)&proto_fun_classes_Vec___iter__,
    (const mp_raw_code_t *)&proto_fun_classes_Vec___contains__,
};

static const mp_raw_code_truncated_t proto_fun_classes_Vec = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec,
    .children = (void *)&children_classes_Vec,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 39,
    .n_children = 5,
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
        .qstr_block_name_idx = 9,
        .line_info = fun_data_classes_Vec + 3,
        .line_info_top = fun_data_classes_Vec + 9,
        .opcodes = fun_data_classes_Vec + 9,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_classes__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Shape,
    (const mp_raw_code_t *)&proto_fun_classes_Square,
    (const mp_raw_code_t *)&proto_fun_classes_Vec,
};

static const mp_raw_code_truncated_t proto_fun_classes__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes__lt_module_gt_,
    .children = (void *)&children_classes__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 165,
    .n_children = 3,
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
        .line_info = fun_data_classes__lt_module_gt_ + 3,
        .line_info_top = fun_data_classes__lt_module_gt_ + 16,
        .opcodes = fun_data_classes__lt_module_gt_ + 16,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_classes[45] = {
    MP_QSTR_classes_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_Shape,
    MP_QSTR_Square,
    MP_QSTR_describe,
    MP_QSTR_area,
    MP_QSTR_unit,
    MP_QSTR_named,
    MP_QSTR_blob,
    MP_QSTR_Vec,
    MP_QSTR___init__,
    MP_QSTR_name,
    MP_QSTR_sides,
    MP_QSTR___repr__,
    MP_QSTR_Shape_paren_open__percent_r_paren_close_,
    MP_QSTR_square,
    MP_QSTR__size,
    MP_QSTR___eq__,
    MP_QSTR___add__,
    MP_QSTR___name__,
    MP_QSTR_xs,
    MP_QSTR___len__,
    MP_QSTR___getitem__,
    MP_QSTR___iter__,
    MP_QSTR___contains__,
    MP_QSTR_s,
    MP_QSTR_print,
    MP_QSTR_repr,
    MP_QSTR_v,
    MP_QSTR_len,
    MP_QSTR_list,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_property,
    MP_QSTR_staticmethod,
    MP_QSTR_classmethod,
    MP_QSTR_self,
    MP_QSTR__star_,
    MP_QSTR_size,
    MP_QSTR_super,
    MP_QSTR_other,
    MP_QSTR_isinstance,
    MP_QSTR_cls,
    MP_QSTR_i,
    MP_QSTR_iter,
};

// constants

// constant table
static const mp_rom_obj_t const_obj_table_data_classes[1] = {
    MP_ROM_QSTR(MP_QSTR__percent_s_space_with_space__percent_d_space_sides),
};

static const mp_frozen_module_t frozen_module_classes = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_classes,
        .obj_table = (mp_obj_t *)&const_obj_table_data_classes,
    },
    .proto_fun = &proto_fun_classes__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "classes.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_classes,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("classes", "classes.py")
#endif

/*
byte sizes:
qstr content: 26 unique, 248 bytes
bc content: 524
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 18 * 4 = 288
mp_frozen_mpy_names_content: 12
mp_frozen_mpy_content_size: 4
total: 1080
*/
