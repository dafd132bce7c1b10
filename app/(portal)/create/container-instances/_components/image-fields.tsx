'use client'
// Image source, Image and OS type. Only the quickstart images run in Cerulean's simulated
// cluster today, so the registry sources say so and keep the quickstart image.
import { Field } from '@/components/form/field'
import { RadioGroup } from '@/components/form/radio-group'
import { Select } from '@/components/form/select'
import { MessageBar } from '@/components/message-bar'
import { IMAGE_SOURCES, QUICKSTART_IMAGES, osTypeOfImage, type TImageSource } from '@/server/containergroups/wizard-form'
import { fieldDomId, type TTabProps } from './wizard-state'

const IMAGE_OPTIONS = QUICKSTART_IMAGES.map(({ image, osType }) => ({ value: image, label: `${image} (${osType})` }))

export function ImageFields({ form, dispatch, errorOf }: TTabProps) {
  const id = fieldDomId
  const registry = IMAGE_SOURCES.find(([value]) => value === form.imageSource)?.[1]
  return (
    <>
      <RadioGroup
        name={id('imageSource')}
        legend="Image source"
        required
        options={IMAGE_SOURCES.map(([value, label]) => ({ value, label }))}
        value={form.imageSource}
        onChange={(value) => dispatch({ type: 'set', field: 'imageSource', patch: { imageSource: value as TImageSource } })}
      />
      {form.imageSource !== 'quickstart' ? (
        <div className="py-1 sm:ml-[calc(min(18rem,max(10rem,25%))+1.5rem)]">
          <MessageBar intent="info" className="max-w-[34rem]">
            {registry} images are coming soon. The deployment uses the quickstart image selected below.
          </MessageBar>
        </div>
      ) : null}
      <Field label="Image" htmlFor={id('image')} required error={errorOf('image')}>
        <Select
          id={id('image')}
          value={form.image}
          error={errorOf('image')}
          options={IMAGE_OPTIONS}
          onChange={(event) => dispatch({ type: 'set', field: 'image', patch: { image: event.target.value } })}
        />
      </Field>
      <RadioGroup
        name={id('osType')}
        legend="OS type"
        inline
        options={[
          { value: 'Linux', label: 'Linux', disabled: true },
          { value: 'Windows', label: 'Windows', disabled: true },
        ]}
        value={osTypeOfImage(form.image)}
        info="Set by the image."
      />
    </>
  )
}
