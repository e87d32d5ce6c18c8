import type { ButtonHTMLAttributes } from 'react'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost'
  size?: 'normal' | 'small'
}

/** A button (type="button" unless told otherwise) with the house styles. */
export function Button({ variant = 'secondary', size = 'normal', className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, size === 'small' ? 'btn--small' : '', className ?? ''].filter(Boolean).join(' ')
  return <button type={type} className={classes} {...rest} />
}

/** A small square button showing an icon; `label` is its accessible name and tooltip. */
export function IconButton({ label, icon, className, ...rest }: Omit<ButtonProps, 'children' | 'aria-label'> & { label: string; icon: string }) {
  return (
    <Button variant="ghost" size="small" className={['btn--icon', className ?? ''].filter(Boolean).join(' ')} aria-label={label} title={label} {...rest}>
      <span aria-hidden="true">{icon}</span>
    </Button>
  )
}
