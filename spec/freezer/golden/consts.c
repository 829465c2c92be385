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
    MP_QSTR_AREA = MP_QSTRnumber_of,
    MP_QSTR_MASK,
    MP_QSTR_WIDTH,
    MP_QSTR_consts_dot_py,
    MP_QSTR_pixel,
    MP_QSTR_x,
    MP_QSTR_y,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    53074,
    47761,
    23747,
    27444,
    61517,
    46557,
    46556,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    4,
    4,
    5,
    9,
    5,
    1,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    7, // allocated entries
    7, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "AREA",
        "MASK",
        "WIDTH",
        "consts.py",
        "pixel",
        "x",
        "y",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module consts
// - original source file: consts.mpy
// - frozen file name: consts.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file consts.py, scope consts__lt_module_gt_
static const byte fun_data_consts__lt_module_gt_[85] = {
    0x30,0x12, // prelude
    0x01, // names: <module>
    0x20,0x4c,0x45,0x26,0x66,0x64,0x20,0x39, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x02, // LOAD_CONST_STRING 'const'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x03, // IMPORT_NAME 'micropython'
    0x1c,0x02, // IMPORT_FROM 'const'
    0x16,0x02, // STORE_NAME 'const'
    0x59, // POP_TOP
    0x22,0x82,0x40, // LOAD_CONST_SMALL_INT 320
    0x16,0x05, // STORE_NAME 'WIDTH'
    0x22,0x84,0xd8,0x00, // LOAD_CONST_SMALL_INT 76800
    0x16,0x06, // STORE_NAME 'AREA'
    0x22,0x83,0xfe,0x00, // LOAD_CONST_SMALL_INT 65280
    0x16,0x07, // STORE_NAME 'MASK'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x04, // STORE_NAME 'pixel'
    0x11,0x08, // LOAD_NAME 'print'
    0x22,0x82,0x40, // LOAD_CONST_SMALL_INT 320
    0x22,0x84,0xd8,0x00, // LOAD_CONST_SMALL_INT 76800
    0x22,0x83,0xfe,0x00, // LOAD_CONST_SMALL_INT 65280
    0x11,0x04, // LOAD_NAME 'pixel'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x02, // CALL_FUNCTION 2
    0x22,0x80,0x78, // LOAD_CONST_SMALL_INT 120
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x08, // LOAD_NAME 'print'
    0x22,0x88,0x00, // LOAD_CONST_SMALL_INT 1024
    0x8e, // LOAD_CONST_SMALL_INT 14
    0x82, // LOAD_CONST_SMALL_INT 2
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of consts__lt_module_gt_
// frozen bytecode for file consts.py, scope consts_pixel
static const byte fun_data_consts_pixel[15] = {
    0x1a,0x0a, // prelude
    0x04,0x09,0x0a, // names: pixel, x, y
    0x80,0x0a, // code info
    0xb1, // LOAD_FAST 1
    0x22,0x82,0x40, // LOAD_CONST_SMALL_INT 320
    0xf4, // BINARY_OP 29 __mul__
    0xb0, // LOAD_FAST 0
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_consts_pixel = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_consts_pixel,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 15,
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
        .qstr_block_name_idx = 4,
        .line_info = fun_data_consts_pixel + 5,
        .line_info_top = fun_data_consts_pixel + 7,
        .opcodes = fun_data_consts_pixel + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_consts_pixel fun_data_consts_pixel[0]
#endif

static const mp_raw_code_t *const children_consts__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_consts_pixel,
};

static const mp_raw_code_truncated_t proto_fun_consts__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_consts__lt_module_gt_,
    .children = (void *)&children_consts__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 85,
    .n_children = 1,
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
        .line_info = fun_data_consts__lt_module_gt_ + 3,
        .line_info_top = fun_data_consts__lt_module_gt_ + 11,
        .opcodes = fun_data_consts__lt_module_gt_ + 11,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_consts[11] = {
    MP_QSTR_consts_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_const,
    MP_QSTR_micropython,
    MP_QSTR_pixel,
    MP_QSTR_WIDTH,
    MP_QSTR_AREA,
    MP_QSTR_MASK,
    MP_QSTR_print,
    MP_QSTR_x,
    MP_QSTR_y,
};

// constants
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_0 = {{&mp_type_float}, (mp_float_t)0.5};
#define const_obj_consts_0_macro MP_ROM_PTR(&const_obj_consts_0)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_0_macro ((mp_rom_obj_t)(0xbf800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_0_macro ((mp_rom_obj_t)(0xbfe4000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_1 = {{&mp_type_float}, (mp_float_t)2.5};
#define const_obj_consts_1_macro MP_ROM_PTR(&const_obj_consts_1)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_1_macro ((mp_rom_obj_t)(0xc0a00002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_1_macro ((mp_rom_obj_t)(0xc008000000000000))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_consts[2] = {
    const_obj_consts_0_macro,
    const_obj_consts_1_macro,
};

static const mp_frozen_module_t frozen_module_consts = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_consts,
        .obj_table = (mp_obj_t *)&const_obj_table_data_consts,
    },
    .proto_fun = &proto_fun_consts__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "consts.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_consts,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("consts", "consts.py")
#endif

/*
byte sizes:
qstr content: 7 unique, 57 bytes
bc content: 100
const str content: 0
const int content: 0
const obj content: 24
const table qstr content: 0 entries, 0 bytes
const table ptr content: 2 entries, 8 bytes
raw code content: 2 * 4 = 32
mp_frozen_mpy_names_content: 11
mp_frozen_mpy_content_size: 4
total: 236
*/
