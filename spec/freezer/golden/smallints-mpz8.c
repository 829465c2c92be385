#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 2
#error "incompatible MICROPY_LONGINT_IMPL"
#endif

#if MPZ_DIG_SIZE != 8
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
    MP_QSTR__lt_listcomp_gt_ = MP_QSTRnumber_of,
    MP_QSTR_smallints_dot_py,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    5588,
    8573,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    10,
    12,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    2, // allocated entries
    2, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "<listcomp>",
        "smallints.py",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module smallints
// - original source file: smallints.mpy
// - frozen file name: smallints.py
// - .mpy header: 4d:06:00:10

// frozen bytecode for file smallints.py, scope smallints__lt_module_gt_
static const byte fun_data_smallints__lt_module_gt_[47] = {
    0x28,0x06, // prelude
    0x01, // names: <module>
    0x40,0x37, // code info
    0x81, // LOAD_CONST_SMALL_INT 1
    0x22,0x80,0xff,0x7f, // LOAD_CONST_SMALL_INT 16383
    0x22,0x81,0x80,0x00, // LOAD_CONST_SMALL_INT 16384
    0x22,0xff,0x80,0x00, // LOAD_CONST_SMALL_INT -16384
    0x22,0xfe,0xff,0x7f, // LOAD_CONST_SMALL_INT -16385
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x2b,0x06, // BUILD_LIST 6
    0x16,0x03, // STORE_NAME 'values'
    0x11,0x04, // LOAD_NAME 'print'
    0x11,0x05, // LOAD_NAME 'sum'
    0x11,0x03, // LOAD_NAME 'values'
    0x34,0x01, // CALL_FUNCTION 1
    0x32,0x00, // MAKE_FUNCTION 0
    0x11,0x03, // LOAD_NAME 'values'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of smallints__lt_module_gt_
// frozen bytecode for file smallints.py, scope smallints__lt_listcomp_gt_
static const byte fun_data_smallints__lt_listcomp_gt_[21] = {
    0x41,0x06, // prelude
    0x02,0x06, // names: <listcomp>, *
    0x60, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x09, // FOR_ITER 9
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x23,0x01, // LOAD_CONST_OBJ 1
    0xef, // BINARY_OP 24 __and__
    0x2f,0x14, // STORE_COMP 20
    0x42,0x35, // JUMP -11
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_smallints__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_smallints__lt_listcomp_gt_,
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
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_smallints__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_smallints__lt_listcomp_gt_ + 5,
        .opcodes = fun_data_smallints__lt_listcomp_gt_ + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_smallints__lt_listcomp_gt_ fun_data_smallints__lt_listcomp_gt_[0]
#endif

static const mp_raw_code_t *const children_smallints__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_smallints__lt_listcomp_gt_,
};

static const mp_raw_code_truncated_t proto_fun_smallints__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_smallints__lt_module_gt_,
    .children = (void *)&children_smallints__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 47,
    .n_children = 1,
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
        .line_info = fun_data_smallints__lt_module_gt_ + 3,
        .line_info_top = fun_data_smallints__lt_module_gt_ + 5,
        .opcodes = fun_data_smallints__lt_module_gt_ + 5,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_smallints[7] = {
    MP_QSTR_smallints_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_values,
    MP_QSTR_print,
    MP_QSTR_sum,
    MP_QSTR__star_,
};

// constants
static const mp_obj_int_t const_obj_smallints_0 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=3, .len=3, .dig=(uint8_t*)(const uint8_t[]){0x70,0x11,0x1}}};
static const mp_obj_int_t const_obj_smallints_1 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint8_t*)(const uint8_t[]){0xff,0xff}}};

// constant table
static const mp_rom_obj_t const_obj_table_data_smallints[2] = {
    MP_ROM_PTR(&const_obj_smallints_0),
    MP_ROM_PTR(&const_obj_smallints_1),
};

static const mp_frozen_module_t frozen_module_smallints = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_smallints,
        .obj_table = (mp_obj_t *)&const_obj_table_data_smallints,
    },
    .proto_fun = &proto_fun_smallints__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "smallints.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_smallints,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("smallints", "smallints.py")
#endif

/*
byte sizes:
qstr content: 2 unique, 30 bytes
bc content: 68
const str content: 0
const int content: 5
const obj content: 32
const table qstr content: 0 entries, 0 bytes
const table ptr content: 2 entries, 8 bytes
raw code content: 2 * 4 = 32
mp_frozen_mpy_names_content: 14
mp_frozen_mpy_content_size: 4
total: 193
*/
