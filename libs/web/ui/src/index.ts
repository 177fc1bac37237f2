import './theme/theme.css';

export { Alert, type AlertProps } from './alert/alert.tsx';
export { Badge, type BadgeProps } from './badge/badge.tsx';
export { Button, type ButtonProps, type ButtonVariant } from './button/button.tsx';
export { joinClassNames } from './class-names.ts';
export { Dialog, type DialogProps } from './dialog/dialog.tsx';
export { SelectField, type SelectFieldProps, type SelectOption } from './field/select-field.tsx';
export { TextAreaField, type TextAreaFieldProps } from './field/text-area-field.tsx';
export { TextField, type TextFieldProps } from './field/text-field.tsx';
export { Page, type PageProps } from './layout/page.tsx';
export { Panel } from './layout/panel.tsx';
export { Spinner, type SpinnerProps } from './spinner/spinner.tsx';
export { usePinnedRange } from './virtual-list/use-pinned-range.ts';
export { VirtualList, type VirtualListProps } from './virtual-list/virtual-list.tsx';
export { VisuallyHidden } from './visually-hidden/visually-hidden.tsx';
