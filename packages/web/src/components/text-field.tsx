import { useId } from 'react';

interface TextFieldProps {
  name: string;
  label: string;
  value: string | undefined;
  placeholder?: string;
  type?: 'search' | 'text';
  maxLength?: number;
}

export function TextField({ name, label, value, placeholder, type = 'text', maxLength }: TextFieldProps) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value ?? ''}
        key={value ?? ''}
        placeholder={placeholder}
        maxLength={maxLength}
        className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 text-stone-900"
      />
    </div>
  );
}
