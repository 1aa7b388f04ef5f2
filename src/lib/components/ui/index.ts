/**
 * The app's UI primitives: one button, one file picker, one notice box and one popover behaviour, so each
 * look and each interaction is defined once (styles in lib/styles/).
 */
export { default as Button, type ButtonVariant } from './Button.svelte';
export { default as FilePicker } from './FilePicker.svelte';
export { default as Notice } from './Notice.svelte';
export { placement, popover, type PopoverOptions } from './popover';
