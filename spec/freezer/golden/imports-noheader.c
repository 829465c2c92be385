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
    MP_QSTR_byteorder = MP_QSTRnumber_of,
    MP_QSTR_floor,
    MP_QSTR_implementation,
    MP_QSTR_imports_dot_py,
    MP_QSTR_math,
    MP_QSTR_mp,
    MP_QSTR_name,
    MP_QSTR_order,
    MP_QSTR_sqrt,
    MP_QSTR_sys,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    97,
    125,
    23,
    76,
    53,
    184,
    162,
    107,
    33,
    188,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    9,
    5,
    14,
    10,
    4,
    2,
    4,
    5,
    4,
    3,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    10, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "byteorder",
        "floor",
        "implementation",
        "imports.py",
        "math",
        "mp",
        "name",
        "order",
        "sqrt",
        "sys",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module imports
// - original source file: imports.mpy
// - frozen file name: imports.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file imports.py, scope imports__lt_module_gt_
static const byte fun_data_imports__lt_module_gt_[93] = {
    0x20,0x0e, // prelude
    0x01, // names: <module>
    0x20,0x26,0x26,0x32,0x48,0x34, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'sys'
    0x16,0x02, // STORE_NAME 'sys'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x03, // IMPORT_NAME 'micropython'
    0x16,0x0a, // STORE_NAME 'mp'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x04, // LOAD_CONST_STRING 'implementation'
    0x10,0x05, // LOAD_CONST_STRING 'byteorder'
    0x2a,0x02, // BUILD_TUPLE 2
    0x1b,0x02, // IMPORT_NAME 'sys'
    0x1c,0x04, // IMPORT_FROM 'implementation'
    0x16,0x04, // STORE_NAME 'implementation'
    0x1c,0x05, // IMPORT_FROM 'byteorder'
    0x16,0x0b, // STORE_NAME 'order'
    0x59, // POP_TOP
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x06, // LOAD_CONST_STRING '*'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x07, // IMPORT_NAME 'math'
    0x69, // IMPORT_STAR
    0x11,0x0c, // LOAD_NAME 'print'
    0x11,0x02, // LOAD_NAME 'sys'
    0x13,0x04, // LOAD_ATTR 'implementation'
    0x13,0x08, // LOAD_ATTR 'name'
    0x11,0x04, // LOAD_NAME 'implementation'
    0x13,0x08, // LOAD_ATTR 'name'
    0x10,0x03, // LOAD_CONST_STRING 'micropython'
    0xd9, // BINARY_OP 2 __eq__
    0x11,0x0b, // LOAD_NAME 'order'
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x11,0x0c, // LOAD_NAME 'print'
    0x11,0x0a, // LOAD_NAME 'mp'
    0x14,0x09, // LOAD_METHOD 'const'
    0x85, // LOAD_CONST_SMALL_INT 5
    0x36,0x01, // CALL_METHOD 1
    0x11,0x0d, // LOAD_NAME 'floor'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x0e, // LOAD_NAME 'sqrt'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_imports__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_imports__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 93,
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
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_imports__lt_module_gt_ + 3,
        .line_info_top = fun_data_imports__lt_module_gt_ + 9,
        .opcodes = fun_data_imports__lt_module_gt_ + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_imports__lt_module_gt_ fun_data_imports__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_imports[15] = {
    MP_QSTR_imports_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_sys,
    MP_QSTR_micropython,
    MP_QSTR_implementation,
    MP_QSTR_byteorder,
    MP_QSTR__star_,
    MP_QSTR_math,
    MP_QSTR_name,
    MP_QSTR_const,
    MP_QSTR_mp,
    MP_QSTR_order,
    MP_QSTR_print,
    MP_QSTR_floor,
    MP_QSTR_sqrt,
};

// constants
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_imports_0 = {{&mp_type_float}, (mp_float_t)2.7};
#define const_obj_imports_0_macro MP_ROM_PTR(&const_obj_imports_0)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_imports_0_macro ((mp_rom_obj_t)(0xc0acccce))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_imports_0_macro ((mp_rom_obj_t)(0xc00999999999999a))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_imports_1 = {{&mp_type_float}, (mp_float_t)16};
#define const_obj_imports_1_macro MP_ROM_PTR(&const_obj_imports_1)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_imports_1_macro ((mp_rom_obj_t)(0xc2000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_imports_1_macro ((mp_rom_obj_t)(0xc034000000000000))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_imports[2] = {
    const_obj_imports_0_macro,
    const_obj_imports_1_macro,
};

static const mp_frozen_module_t frozen_module_imports = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_imports,
        .obj_table = (mp_obj_t *)&const_obj_table_data_imports,
    },
    .proto_fun = &proto_fun_imports__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "imports.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_imports,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("imports", "imports.py")
#endif

/*
byte sizes:
qstr content: 10 unique, 90 bytes
bc content: 93
const str content: 0
const int content: 0
const obj content: 24
const table qstr content: 0 entries, 0 bytes
const table ptr content: 2 entries, 8 bytes
raw code content: 1 * 4 = 16
mp_frozen_mpy_names_content: 12
mp_frozen_mpy_content_size: 4
total: 247
*/
