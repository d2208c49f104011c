export declare const LIBRARY_FILES: string
export declare const BOOT_SCRIPTS: string
